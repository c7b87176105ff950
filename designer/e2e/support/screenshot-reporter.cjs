// After a fully green end-to-end run with UPDATE_SCREENSHOTS=1, copy the README's screenshots from
// test-artifacts/screenshots/ (git-ignored) to screenshots/ (committed).
const fs = require('node:fs')
const path = require('node:path')

const PICKS = ['form-designer', 'flow-designer-error', 'flow-designer', 'workbench-designed-matter-form', 'workbench-case-completed', 'variant-diff', 'designer-calendars']

class ScreenshotReporter {
  onRunComplete(_contexts, results) {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return
    if (results.numFailedTests > 0 || results.numRuntimeErrorTestSuites > 0) {
      process.stdout.write('[e2e] screenshots not updated: the run was not green\n')
      return
    }
    const pkg = path.resolve(__dirname, '..', '..')
    const from = path.join(pkg, 'test-artifacts', 'screenshots')
    const to = path.join(pkg, 'screenshots')
    fs.mkdirSync(to, { recursive: true })
    const copied = PICKS.filter((name) => {
      const file = path.join(from, `${name}.png`)
      if (!fs.existsSync(file)) return false
      fs.copyFileSync(file, path.join(to, `${name}.png`))
      return true
    })
    process.stdout.write(`[e2e] screenshots updated: ${copied.join(', ')}\n`)
  }
}

module.exports = ScreenshotReporter
