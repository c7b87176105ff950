import pg from 'pg'

export type Pool = pg.Pool
export type PoolClient = pg.PoolClient
/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

// JSON columns come back parsed; bigint counts come back as numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

/** A connection pool; `max` connections, loopback by default. */
export function createPool(connectionString: string, max = 20): Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    application_name: 'tongban-server',
  })
  // An idle client that dies (server restart) must not crash the process.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => {
    client.on('error', () => undefined)
  })
  return pool
}
