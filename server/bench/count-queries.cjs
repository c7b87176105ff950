// Preloaded into the benchmarked server (node -r): counts the queries node-postgres sends (one
// round trip each) so the bench can report round trips per completion, a figure that does not
// depend on how loaded the machine is. SIGUSR2 prints the running total to stdout.
const pg = require('pg')

let queries = 0
const query = pg.Client.prototype.query
pg.Client.prototype.query = function countedQuery(...args) {
  queries++
  return query.apply(this, args)
}
process.on('SIGUSR2', () => {
  process.stdout.write(`[bench] queries=${queries}\n`)
})
