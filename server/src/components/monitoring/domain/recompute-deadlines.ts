import type { MatterBundle, WorkingCalendar } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../../libraries/db'
import { computeClock, type Pause } from './case-clock'

export interface RecomputeResult {
  /** Open cases examined. */
  examined: number
  /** Cases whose promised or legal deadline moved. */
  changed: Array<{
    caseId: string
    promisedDeadline: string
    legalDeadline: string | null
    before: string | null
  }>
}

/**
 * After a calendar edit: recompute the promised and legal deadlines of every open case (in progress
 * or returned for correction) from its submission, its matter version's limits and its 补正 pauses,
 * with the new calendar, and store the ones that moved (the `cases` deadline columns the inbox,
 * the cards and monitoring read). `dryRun` only reports.
 */
export async function recomputeOpenDeadlines(
  pool: Pool,
  calendar: WorkingCalendar,
  options: { now: Date; dryRun?: boolean; yellowShare?: number },
): Promise<RecomputeResult> {
  const { rows } = await pool.query(
    `SELECT c.id, c.submitted_at, c.promised_deadline, c.legal_deadline, c.state->'clock' AS clock,
            v.bundle->'matter'->'timeLimits' AS limits
       FROM cases c JOIN matter_versions v ON v.matter_id = c.matter_id AND v.version = c.matter_version
      WHERE c.status IN ('in-progress', 'returned') AND c.submitted_at IS NOT NULL`,
  )
  const now = options.now.toISOString()
  const changed: RecomputeResult['changed'] = []
  for (const r of rows) {
    const clock = (r.clock ?? {}) as { startedAt?: string; pauses?: Pause[]; pausedSince?: string }
    const pauses: Pause[] = [...(clock.pauses ?? [])]
    if (clock.pausedSince) pauses.push({ from: clock.pausedSince })
    const limits = r.limits as MatterBundle['matter']['timeLimits']
    const c = computeClock(calendar, {
      submittedAt: clock.startedAt ?? (r.submitted_at as Date).toISOString(),
      limits,
      pauses,
      now,
      ...(options.yellowShare ? { yellowShare: options.yellowShare } : {}),
    })
    const before = r.promised_deadline ? (r.promised_deadline as Date).toISOString() : null
    const legalBefore = r.legal_deadline ? (r.legal_deadline as Date).toISOString() : null
    if (before !== c.promisedDeadline || legalBefore !== c.legalDeadline)
      changed.push({
        caseId: r.id,
        promisedDeadline: c.promisedDeadline,
        legalDeadline: c.legalDeadline,
        before,
      })
  }
  if (!options.dryRun && changed.length)
    await inTransaction(pool, async (tx) => {
      await tx.query(
        `UPDATE cases c SET promised_deadline = x.p, legal_deadline = x.l
           FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS x(id, p, l)
          WHERE c.id = x.id`,
        [
          changed.map((x) => x.caseId),
          changed.map((x) => x.promisedDeadline),
          changed.map((x) => x.legalDeadline),
        ],
      )
    })
  return { examined: rows.length, changed }
}
