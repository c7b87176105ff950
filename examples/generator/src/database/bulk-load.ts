import type pg from 'pg'

/** The big tables the copy-out fills. */
const TABLES = ['cases', 'tasks', 'case_events']

/** What was taken off the tables for a bulk load, to put back (and check) before commit. */
export interface DeferredChecks {
  /** `ALTER TABLE … ADD CONSTRAINT …` for primary keys, then `CREATE INDEX …`, then foreign keys. */
  restore: string[]
}

/**
 * PostgreSQL's own advice for populating a database ("Populating a Database": remove indexes and
 * foreign keys, load, recreate): inside the caller's transaction, drop the secondary indexes of
 * cases, tasks and case_events, their foreign keys, and the primary keys no foreign key points at.
 * Everything is read from the catalog, so indexes added by later migrations are handled too.
 * {@link restoreChecks} rebuilds them all in the same transaction — the keys are checked in one
 * pass each — so a crash or error rolls back to the intact schema; nothing is ever committed
 * without its constraints.
 */
export async function deferChecks(db: pg.ClientBase): Promise<DeferredChecks> {
  const { rows: constraints } = await db.query<{
    tbl: string
    name: string
    def: string
    type: string
    referenced: boolean
  }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype AS type,
            EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.confrelid = c.conrelid
                      AND r.conrelid <> ALL ($1::regclass[])) AS referenced
       FROM pg_constraint c
      WHERE c.conrelid = ANY ($1::regclass[]) AND c.contype IN ('p', 'f')`,
    [TABLES],
  )
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    [TABLES],
  )
  const foreign = constraints.filter((c) => c.type === 'f')
  // A primary key stays when a table outside the bulk set points at it (its FK needs the index).
  const primary = constraints.filter(
    (c) => c.type === 'p' && !c.referenced && !foreign.some((f) => f.def.includes(`REFERENCES ${c.tbl}(`)),
  )
  for (const c of foreign) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quote(c.name)}`)
  for (const c of primary) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quote(c.name)}`)
  for (const i of indexes) await db.query(`DROP INDEX ${quote(i.name)}`)
  return {
    restore: [
      ...primary.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} ${c.def}`),
      ...indexes.map((i) => i.def),
      ...foreign.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} ${c.def}`),
    ],
  }
}

/** Rebuild what {@link deferChecks} took off; each foreign key is validated over all rows. */
export async function restoreChecks(
  db: pg.ClientBase,
  deferred: DeferredChecks,
  onStep?: (done: number, total: number) => void,
): Promise<void> {
  // Sorts for index builds in memory rather than on disk; session-local, reset at the end.
  await db.query(`SET LOCAL maintenance_work_mem = '512MB'`)
  let done = 0
  for (const sql of deferred.restore) {
    await db.query(sql)
    onStep?.(++done, deferred.restore.length)
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
