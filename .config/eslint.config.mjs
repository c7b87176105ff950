// Root ESLint config (flat). Run through `npm run lint`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const pureCoreRestrictions = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'crypto', 'os'], message: 'The pure core does no I/O: take it through a port.' },
    { group: ['pg', 'express', 'react', 'react-dom', 'antd', '@formily/react', '@formily/antd-v5'], message: 'The pure core knows no server, database or UI.' },
  ],
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/storybook-static/**',
      '**/test-artifacts/**',
      'data/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tongban/*/src/*', '@tongban/*/src'], message: 'Import a package through its public entry point.' }] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/bench/**', '**/scripts/**', '**/cli/**', '**/*.config.*', '.config/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['runtime/flow-engine/src/**/*.ts', 'runtime/form-core/src/**/*.ts', 'schemas/src/expression/**/*.ts', 'schemas/src/checks/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreRestrictions],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Time comes in as an argument.' }, { name: 'setTimeout', message: 'Timers are effects.' }, { name: 'fetch', message: 'No I/O in the pure core.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Ids come in through a port.' }],
    },
  },
)
