// Unit tests (jsdom where a file asks for it). The end-to-end suite has its own config: e2e/jest.e2e.config.cjs.
module.exports = require('../../.config/jest.base.js')(__dirname, {
  setupFiles: ['<rootDir>/src/test-support/setup-dom.ts'],
})
