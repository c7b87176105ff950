// npm run bench: server.bench.ts (or BENCH_SCRIPT) on the sources.
require('./with-sources.cjs').runWithSources(process.env.BENCH_SCRIPT ?? './server.bench.ts')
