// API tests share one PostgreSQL per run (embedded, or the server named by DATABASE_URL); each test
// file makes its own database. See test/support/global-setup.ts.
module.exports = require('../.config/jest.base.js')(__dirname, {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
})
