module.exports = require('../../.config/jest.base.js')(__dirname, {
  testEnvironment: 'jsdom',
  // antd in jsdom is slow, and the machine is shared: give a test time rather than flake.
  testTimeout: 30000,
  setupFiles: ['<rootDir>/test/setup-dom.ts'],
  // @formily/antd-v5 requires react-sticky-box, which ships ESM only.
  transformIgnorePatterns: ['/node_modules/(?!react-sticky-box/)'],
  moduleNameMapper: {
    ...require('../../.config/jest.base.js')(__dirname).moduleNameMapper,
    '\\.(css|less)$': '<rootDir>/test/style-stub.ts',
  },
})
