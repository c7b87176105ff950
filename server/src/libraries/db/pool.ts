import pg from 'pg'

export type Pool = pg.Pool
export type PoolClient = pg.PoolClient
/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

export interface PoolOptions {
  applicationName?: string
  /**
   * Prepared statements always run on their generic plan (`plan_cache_mode`), never re-planned
   * for their parameters. Only for a pool whose statements look rows up by key, where a custom
   * plan is no better and planning costs more than running (see createSavePool).
   */
  genericPlans?: boolean
}

// JSON columns come back parsed; bigint counts come back as numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

/** A connection pool; `max` connections, loopback by default. */
export function createPool(connectionString: string, max = 20, options: PoolOptions = {}): Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName ?? 'tongban-server',
    ...(options.genericPlans ? { options: '-c plan_cache_mode=force_generic_plan' } : {}),
  })
  // An idle client that dies (server restart) must not crash the process.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => {
    client.on('error', () => undefined)
  })
  return pool
}

/**
 * The pool the one-statement saves run on (see SaveBatcher): `size` connections with generic
 * plans. Every row a save statement reads or writes is found by key, so its plan does not depend
 * on its parameters; with PostgreSQL's default (custom plans for a statement's first five runs on
 * a connection, then a cost comparison) the statements carrying several saves, one text per
 * batch size, ran markedly slower: 657–758 completions/s on the server benchmark against 840–932
 * with generic plans, alternating runs.
 */
export function createSavePool(connectionString: string, size: number): Pool {
  return createPool(connectionString, size, { applicationName: 'tongban-saves', genericPlans: true })
}
