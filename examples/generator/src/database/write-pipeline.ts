import type pg from 'pg'
import type { TemplatePlan } from '../plan/plan-templates'
import { expandTemplates, NO_COUNTS, type ExpandCounts, type ExpandRun, type ExpandTimings } from './expand'

/** Cases per copy-out transaction (≈ 35 rows each). */
const CASES_PER_WRITE = 10_000

/** How far the simulation has staged templates; the writers wait on it. */
export interface Staged {
  /** Templates [0, upTo) are staged and committed. */
  upTo: number
  done: boolean
  /** Set by the writers when one fails: the simulation stops at its next chunk. */
  failed?: Error
  /** Resolvers of writers waiting for more templates. */
  waiting?: Array<() => void>
}

/** Tell waiting writers that more templates are staged (or that the simulation ended). */
export function advance(staged: Staged, upTo: number, done = false): void {
  staged.upTo = upTo
  staged.done = done
  for (const resume of (staged.waiting ?? []).splice(0)) resume()
}

/**
 * Copy the templates out in batches of ~CASES_PER_WRITE cases, one transaction each, one writer per
 * connection, each batch as soon as its templates are staged. Returns the row counts.
 */
export async function writeTemplates(
  lanes: readonly pg.ClientBase[],
  plans: readonly TemplatePlan[],
  run: ExpandRun,
  staged: Staged,
  timings: ExpandTimings,
  onProgress: (casesDone: number) => void,
): Promise<ExpandCounts> {
  const batches = batchesOf(plans)
  const totals: ExpandCounts = { ...NO_COUNTS }
  let next = 0
  const worker = async (db: pg.ClientBase) => {
    // Compress the cases' engine state with lz4 rather than pglz: half the CPU, read back
    // transparently. Skipped when the server was built without lz4.
    await db.query(`SET default_toast_compression = 'lz4'`).catch(() => undefined)
    // No JIT: the copy-out's cost estimates (generate_series counts as 1,000 rows) made PostgreSQL
    // compile every statement of every batch, for expressions it evaluates once per row anyway.
    await db.query('SET jit = off')
    for (let b = next++; b < batches.length; b = next++) {
      const [from, to] = batches[b]!
      while (staged.upTo < to && !staged.failed) {
        if (staged.done) throw new Error(`templates ${from}–${to} were never staged`)
        await new Promise<void>((resolve) => (staged.waiting ??= []).push(resolve))
      }
      if (staged.failed) return
      await db.query('BEGIN')
      try {
        const counts = await expandTemplates(db, run, from, to, timings)
        await db.query('COMMIT')
        for (const k of Object.keys(totals) as Array<keyof ExpandCounts>) totals[k] += counts[k]
      } catch (err) {
        await db.query('ROLLBACK').catch(() => undefined)
        staged.failed = err as Error
        next = batches.length // stop the other writers too
        throw err
      }
      onProgress(totals.cases)
    }
  }
  await Promise.all(lanes.map(worker))
  return totals
}

/** Template ranges of ~CASES_PER_WRITE cases each. */
function batchesOf(plans: readonly TemplatePlan[]): Array<[number, number]> {
  const batches: Array<[number, number]> = []
  for (let from = 0; from < plans.length;) {
    let to = from
    let size = 0
    while (to < plans.length && (size === 0 || size + plans[to]!.cases <= CASES_PER_WRITE))
      size += plans[to++]!.cases
    batches.push([from, to])
    from = to
  }
  return batches
}
