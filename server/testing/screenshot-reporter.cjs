// A jest reporter for the apps' end-to-end suites: after a fully green run with
// UPDATE_SCREENSHOTS=1, copy the README's screenshots (`picks`, by name) from the package's
// test-artifacts/screenshots/ (git-ignored) to its screenshots/ (committed).
// Jest config: reporters: [..., [require.resolve('@tongban/server/testing/screenshot-reporter'), { picks }]]
const fs = require('node:fs')
const path = require('node:path')

class ScreenshotReporter {
  constructor(globalConfig, options = {}) {
    this.pkg = globalConfig.rootDir
    this.picks = options.picks ?? []
  }

  onRunComplete(_contexts, results) {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return
    if (results.numFailedTests > 0 || results.numRuntimeErrorTestSuites > 0) {
      process.stdout.write('[e2e] screenshots not updated: the run was not green\n')
      return
    }
    const from = path.join(this.pkg, 'test-artifacts', 'screenshots')
    const to = path.join(this.pkg, 'screenshots')
    fs.mkdirSync(to, { recursive: true })
    const copied = this.picks.filter((name) => {
      const file = path.join(from, `${name}.png`)
      if (!fs.existsSync(file)) return false
      fs.copyFileSync(file, path.join(to, `${name}.png`))
      return true
    })
    process.stdout.write(`[e2e] screenshots updated: ${copied.join(', ')}\n`)
  }
}

module.exports = ScreenshotReporter
