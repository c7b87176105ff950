// Runs the real server (server/src/start.ts) in this Node process without a build: tsx compiles
// TypeScript on the fly and the @tongban/* packages resolve to their sources. The child process of
// the server's multi-process tests and of the apps' end-to-end suites; configured by the environment
// like any start.
const path = require('node:path')
require('../bench/with-sources.cjs').runWithSources(path.join(__dirname, '..', 'src', 'start.ts'))
