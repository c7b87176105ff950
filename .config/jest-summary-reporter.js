// Writes this package's test counts to .tmp/test-results/<package>.json so the root `npm test`
// can print one closing line for the whole monorepo ("N passed, N failed").
const fs = require('node:fs')
const path = require('node:path')

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
  }
  onRunComplete(_contexts, results) {
    const out = path.resolve(__dirname, '..', '.tmp', 'test-results')
    fs.mkdirSync(out, { recursive: true })
    let name = path.basename(this.rootDir)
    try {
      name = require(path.join(this.rootDir, 'package.json')).name.replace(/[@/]/g, '_')
    } catch {
      // no package.json: keep the folder name
    }
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suites: results.numTotalTestSuites,
    }
    // A second run of the same package (e.g. the server suite on a real PostgreSQL server) keeps its
    // own file through TEST_RESULTS_SUFFIX instead of overwriting the first run's counts.
    const suffix = process.env.TEST_RESULTS_SUFFIX ? `-${process.env.TEST_RESULTS_SUFFIX}` : ''
    // A package may run jest more than once in one `npm test` (unit tests, then end-to-end tests):
    // add to what this run already recorded. The root command clears the folder before it starts.
    const file = path.join(out, `${name}${suffix}.json`)
    if (fs.existsSync(file)) {
      const earlier = JSON.parse(fs.readFileSync(file, 'utf8'))
      for (const key of Object.keys(summary)) summary[key] += earlier[key] ?? 0
    }
    fs.writeFileSync(file, JSON.stringify(summary))
  }
}
module.exports = SummaryReporter
