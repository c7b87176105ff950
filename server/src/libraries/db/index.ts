export { createPool, type Pool, type PoolClient, type Queryable } from './pool'
export { inTransaction } from './transaction'
export { migrate, MIGRATIONS_DIR } from './migrate'
export { startEmbeddedPostgres, freePort, type EmbeddedDatabase } from './embedded-postgres'
