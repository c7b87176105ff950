// npm run bench:monitoring: monitoring.bench.ts on the sources.
require('./with-sources.cjs').runWithSources('./monitoring.bench.ts')
