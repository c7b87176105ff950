import type { RecomputeSummary } from '../../../api'

/** Where a recomputation stands: still to come, finished, or failed. */
export type RecomputePhase = 'pending' | 'done' | 'failed'

/**
 * The phase of a recompute answer. An answer without a `status` is an older server's finished
 * recomputation.
 *
 * @example
 * recomputePhase({ examined: 3, changed: 1 }) // 'done'
 * recomputePhase({ examined: 0, changed: 0, runId: 7, status: 'queued' }) // 'pending'
 */
export function recomputePhase(r: RecomputeSummary): RecomputePhase {
  if (!r.status || r.status === 'done') return 'done'
  return r.status === 'failed' ? 'failed' : 'pending'
}

/** How long to wait before asking again about a pending run (1 s, then slower, at most 5 s). */
export function pollDelay(attempt: number): number {
  return Math.min(5000, 1000 + attempt * 500)
}
