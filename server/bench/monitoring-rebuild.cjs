// The monitoring facts bulk rebuild CLI on the sources (npm run monitoring:rebuild runs the built one).
require('./with-sources.cjs').runWithSources('../src/components/monitoring/entry-points/cli/rebuild-facts.ts')
