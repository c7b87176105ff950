import type pg from 'pg'

/** The big tables the copy-out fills (case_timers is small: its indexes stay live). */
const TABLES = ['cases', 'tasks', 'case_events', 'attachments', 'notifications']

/** One statement that puts back what {@link deferChecks} took off. */
export interface RestoreStep {
  table: string
  /** `key`: attach a primary key to its (just rebuilt) unique index. */
  kind: 'key' | 'index' | 'foreign'
  /** For a foreign key: the table it references. */
  references?: string
  sql: string
}

/** What was taken off the tables for a bulk load, to put back (and check) afterwards. */
export interface DeferredChecks {
  restore: RestoreStep[]
  /** Statements giving the tables back their own autovacuum settings (run last). */
  autovacuum: string[]
}

/**
 * PostgreSQL's own advice for populating a database ("Populating a Database": remove indexes and
 * foreign keys, load, recreate): drop the secondary indexes of the big tables, their foreign
 * keys, and the primary keys no foreign key points at, and commit. Everything is read from the
 * catalog, so indexes added by later migrations are handled too. {@link restoreChecks} rebuilds
 * them (the keys checked in one pass each); {@link undoLoad} empties the tables again when the
 * load fails. Only for tables that were empty: nothing that existed before lacks its checks.
 */
export async function deferChecks(db: pg.ClientBase): Promise<DeferredChecks> {
  const { rows: constraints } = await db.query<{
    tbl: string
    ref: string | null
    name: string
    def: string
    indexDef: string | null
    type: string
    referenced: boolean
  }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref, c.conname AS name,
            pg_get_constraintdef(c.oid) AS def, c.contype AS type,
            CASE WHEN c.contype = 'p' THEN pg_get_indexdef(c.conindid) END AS "indexDef",
            EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.confrelid = c.conrelid
                      AND r.conrelid <> ALL ($1::regclass[])) AS referenced
       FROM pg_constraint c
      WHERE c.conrelid = ANY ($1::regclass[]) AND c.contype IN ('p', 'f')`,
    [TABLES],
  )
  const { rows: indexes } = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT i.tablename AS tbl, i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    [TABLES],
  )
  const foreign = constraints.filter((c) => c.type === 'f')
  // A primary key stays when a table outside the bulk set points at it (its FK needs the index).
  const primary = constraints.filter(
    (c) => c.type === 'p' && !c.referenced && !foreign.some((f) => f.ref === c.tbl),
  )
  // Autovacuum off while loading: on tables growing by millions of rows it would vacuum and analyze
  // them again and again (each 20 % of growth), competing for the cores; the generator vacuums and
  // analyzes once at the end. Each table gets its own settings back afterwards.
  const { rows: options } = await db.query<{ tbl: string; heap: string[] | null; toast: string[] | null }>(
    `SELECT c.relname AS tbl, c.reloptions AS heap, t.reloptions AS toast
       FROM pg_class c LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
      WHERE c.oid = ANY ($1::regclass[])`,
    [TABLES],
  )
  const autovacuum = options.map((o) => {
    const keep = [
      ...(o.heap ?? []).filter((x) => x.startsWith('autovacuum_enabled=')),
      ...(o.toast ?? []).filter((x) => x.startsWith('autovacuum_enabled=')).map((x) => `toast.${x}`),
    ]
    return keep.length
      ? `ALTER TABLE ${o.tbl} RESET (autovacuum_enabled, toast.autovacuum_enabled), SET (${keep.join(', ')})`
      : `ALTER TABLE ${o.tbl} RESET (autovacuum_enabled, toast.autovacuum_enabled)`
  })
  await db.query('BEGIN')
  try {
    for (const o of options)
      await db.query(`ALTER TABLE ${o.tbl} SET (autovacuum_enabled = off, toast.autovacuum_enabled = off)`)
    for (const c of foreign) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quote(c.name)}`)
    for (const c of primary) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quote(c.name)}`)
    for (const i of indexes) await db.query(`DROP INDEX ${quote(i.name)}`)
    await db.query('COMMIT')
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined)
    throw err
  }
  return {
    autovacuum,
    restore: [
      // A primary key is built as its unique index (side by side with the table's other indexes),
      // then attached as the constraint: the same key as ADD PRIMARY KEY, without locking the table
      // for the whole build.
      ...primary.flatMap<RestoreStep>((c) =>
        c.indexDef
          ? [
              { table: c.tbl, kind: 'index', sql: c.indexDef },
              {
                table: c.tbl,
                kind: 'key',
                sql: `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} PRIMARY KEY USING INDEX ${quote(c.name)}`,
              },
            ]
          : [
              {
                table: c.tbl,
                kind: 'key',
                sql: `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} ${c.def}`,
              },
            ],
      ),
      ...indexes.map<RestoreStep>((i) => ({ table: i.tbl, kind: 'index', sql: i.def })),
      ...foreign.map<RestoreStep>((c) => ({
        table: c.tbl,
        kind: 'foreign',
        ...(c.ref ? { references: c.ref } : {}),
        sql: `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} ${c.def}`,
      })),
    ],
  }
}

/**
 * Rebuild what {@link deferChecks} took off, on several connections at once: index builds side by
 * side (biggest tables first, so the long builds overlap), a primary key attached once its table's
 * indexes are built (it locks the table), each foreign key once both its tables are complete
 * (validated over all rows).
 */
export async function restoreChecks(
  connections: readonly pg.ClientBase[],
  deferred: DeferredChecks,
  onStep?: (done: number, total: number) => void,
): Promise<void> {
  const first = connections[0]
  if (!first) throw new Error('restoreChecks: no connection')
  const { rows: sizes } = await first.query<{ tbl: string; bytes: string }>(
    `SELECT t AS tbl, pg_relation_size(t::regclass) AS bytes FROM unnest($1::text[]) t`,
    [[...new Set(deferred.restore.map((s) => s.table))]],
  )
  const size = new Map(sizes.map((r) => [r.tbl, Number(r.bytes)]))
  // A foreign key as soon as both its tables are complete (its validation is one process, and the
  // keys run one at a time: started early it overlaps the other tables' index builds instead of
  // running alone at the end); then index builds, biggest tables first.
  const rank = { foreign: 0, index: 1, key: 2 }
  const todo = [...deferred.restore].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || (size.get(b.table) ?? 0) - (size.get(a.table) ?? 0),
  )
  const total = todo.length
  const running: RestoreStep[] = []
  let done = 0
  const waiting: Array<() => void> = []
  const pending = (table: string) =>
    todo.some((s) => s.table === table && s.kind !== 'foreign') ||
    running.some((s) => s.table === table || s.references === table)
  const runnable = (s: RestoreStep): boolean => {
    if (s.kind === 'foreign')
      return (
        !pending(s.table) &&
        !(s.references && pending(s.references)) &&
        !running.some((r) => r.kind === 'foreign')
      )
    const busy = running.filter((r) => r.table === s.table || r.references === s.table)
    if (s.kind === 'index') return busy.every((r) => r.kind === 'index')
    return busy.length === 0 && !todo.some((t) => t.table === s.table && t.kind === 'index')
  }
  const lane = async (db: pg.ClientBase) => {
    // Sorts for index builds in memory rather than on disk; session-local.
    await db.query(`SET maintenance_work_mem = '1GB'`)
    for (;;) {
      const i = todo.findIndex(runnable)
      if (i < 0) {
        if (!todo.length) return
        await new Promise<void>((resolve) => waiting.push(resolve))
        continue
      }
      const [step] = todo.splice(i, 1) as [RestoreStep]
      running.push(step)
      try {
        await db.query(step.sql)
      } finally {
        running.splice(running.indexOf(step), 1)
        for (const resume of waiting.splice(0)) resume()
      }
      onStep?.(++done, total)
    }
  }
  await Promise.all(connections.map(lane))
  for (const sql of deferred.autovacuum) await first.query(sql)
}

/**
 * After a failed bulk load: empty the tables it filled (they were empty before) and put the keys
 * and indexes back, leaving the database as it was.
 */
export async function undoLoad(db: pg.ClientBase, deferred: DeferredChecks, prefix: string): Promise<void> {
  await db.query(`DELETE FROM notifications WHERE case_id LIKE $1 || '%'`, [prefix])
  await db.query('TRUNCATE cases, tasks, case_events, case_timers, attachments CASCADE')
  await restoreChecks([db], deferred)
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
