// Runs a TypeScript file with tsx, @tongban/* resolved to their sources (no build needed): the
// launchers of the server's benchmarks and tools.
const Module = require('node:module')
const path = require('node:path')

const root = path.resolve(__dirname, '..', '..')
const sources = {
  '@tongban/schemas': 'schemas/src/index.ts',
  '@tongban/flow-engine': 'runtime/flow-engine/src/index.ts',
  '@tongban/form-core': 'runtime/form-core/src/index.ts',
  '@tongban/examples': 'examples/src/index.ts',
}

/** `file` is relative to server/bench (or absolute). */
exports.runWithSources = function runWithSources(file) {
  const resolve = Module._resolveFilename
  Module._resolveFilename = function (request, ...rest) {
    const mapped = sources[request]
    return resolve.call(this, mapped ? path.join(root, mapped) : request, ...rest)
  }
  require('tsx/cjs')
  require(path.resolve(__dirname, file))
}
