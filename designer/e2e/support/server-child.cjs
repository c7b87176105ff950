// Runs the real Tongban server (server/src/start.ts) in its own Node process for the end-to-end
// tests, without a build of the server: tsx compiles TypeScript on the fly and the @tongban/*
// packages resolve to their sources (as the server's own multi-process tests do).
const Module = require('node:module')
const path = require('node:path')

const root = path.resolve(__dirname, '..', '..', '..')
const sources = {
  '@tongban/schemas': 'schemas/src/index.ts',
  '@tongban/flow-engine': 'runtime/flow-engine/src/index.ts',
  '@tongban/form-core': 'runtime/form-core/src/index.ts',
  '@tongban/examples': 'examples/src/index.ts',
}
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  const mapped = sources[request]
  return resolve.call(this, mapped ? path.join(root, mapped) : request, ...rest)
}
require('tsx/cjs')
require(path.join(root, 'server/src/start.ts'))
