// End-to-end suite: playwright-core drives Debian's Chromium against the real server on its
// embedded PostgreSQL. The global setup builds the designer if needed and starts the server.
const base = require('../../.config/jest.base.js')(require('node:path').resolve(__dirname, '..'))

// The README's screenshots, refreshed after a green run with UPDATE_SCREENSHOTS=1.
const picks = [
  'form-designer',
  'flow-designer-error',
  'flow-designer',
  'workbench-designed-matter-form',
  'workbench-case-completed',
  'variant-diff',
  'designer-calendars',
]

module.exports = {
  ...base,
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 300000,
  maxWorkers: 1,
  reporters: [...(base.reporters ?? ['default']), [require.resolve('@tongban/server/testing/screenshot-reporter'), { picks }]],
}
