// End-to-end suite: playwright-core drives Debian's Chromium against the real server on its
// embedded PostgreSQL. The global setup builds the app if needed and starts the server.
const base = require('../../../.config/jest.base.js')(require('node:path').resolve(__dirname, '..'))

// The README's screenshots, refreshed after a green run with UPDATE_SCREENSHOTS=1.
const picks = [
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
  'desktop-notifications',
]

module.exports = {
  ...base,
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 240000,
  maxWorkers: 1,
  reporters: [...base.reporters, [require.resolve('@tongban/server/testing/screenshot-reporter'), { picks }]],
}
