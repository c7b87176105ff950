// Shared jest settings: TypeScript through SWC (fast, no type-check: `npm run typecheck` does that),
// and @tongban/* packages resolved to their sources so tests never need a build first.
const path = require('node:path')
const root = path.resolve(__dirname, '..')

/** @param {string} dir package folder (pass __dirname) */
module.exports = function jestConfig(dir, overrides = {}) {
  return {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleNameMapper: {
      '^@tongban/schemas$': path.join(root, 'schemas/src/index.ts'),
      '^@tongban/flow-engine$': path.join(root, 'runtime/flow-engine/src/index.ts'),
      '^@tongban/form-core$': path.join(root, 'runtime/form-core/src/index.ts'),
      '^@tongban/form-renderer$': path.join(root, 'runtime/form-renderer/src/index.ts'),
      '^@tongban/examples$': path.join(root, 'examples/src/index.ts'),
      '^@tongban/server$': path.join(root, 'server/src/index.ts'),
      '^@tongban/server/testing$': path.join(root, 'server/testing/index.ts'),
      // The form renderer reaches into antd's ES build for a few internals (registry/select);
      // under jest antd is its CommonJS build, and two copies would mean two sets of contexts.
      '^antd/es/(.*)$': 'antd/lib/$1',
      '^@ant-design/icons/es/(.*)$': '@ant-design/icons/lib/$1',
    },
    // jsdom + antd renders and real-PostgreSQL tests take seconds on a loaded 2-core machine; a timeout
    // is not an assertion, so give them room and let the assertions decide.
    testTimeout: 30000,
    reporters: ['default', path.join(__dirname, 'jest-summary-reporter.js')],
    ...overrides,
  }
}
