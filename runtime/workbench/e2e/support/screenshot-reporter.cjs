// After a fully green end-to-end run with UPDATE_SCREENSHOTS=1, copy the README's screenshots from
// test-artifacts/screenshots/ (git-ignored) to screenshots/ (committed).
const fs = require('node:fs')
const path = require('node:path')

const PICKS = [
  'desktop-catalog',
  'desktop-form',
  'desktop-approver-inbox',
  'desktop-task',
  'desktop-correction',
  'mobile-form',
  'mobile-task',
  'mobile-inbox',
  'desktop-materials',
  'desktop-draft-resumed',
  'desktop-case-materials',
  'desktop-cc-dialog',
  'desktop-cc-inbox',
  'desktop-delegated-task',
  'desktop-handover-timeline',
  'desktop-urged',
  'desktop-withdrawn',
  'desktop-withdraw-approval',
  'desktop-conflict',
  'desktop-conflict-other-person',
  'desktop-inbox-no-match',
  'desktop-monitoring',
  'desktop-trace',
  'mobile-monitoring',
  'mobile-trace',
]

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
