/** A trend bucket: calendar month, ISO week (from Monday) or day of submission. */
export type Period = 'month' | 'week' | 'day'

/**
 * Rows ordered by `period` (`YYYY-MM-DD` bucket starts, as `date_trunc` gives them), with a `zero`
 * row for every missing bucket between the first and the last (a chart's axis has no holes).
 */
export function withEmptyPeriods<R extends { period: string }, Z extends object>(
  rows: readonly R[],
  period: Period,
  zero: Z,
): Array<R | ({ period: string } & Z)> {
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (!first || !last) return []
  const byPeriod = new Map(rows.map((r) => [r.period, r]))
  const out: Array<R | ({ period: string } & Z)> = []
  // Bucket starts are dates; walk them as UTC midnights by a calendar month, a week or a day.
  for (let d = new Date(`${first.period}T00:00:00Z`); ;) {
    const key = d.toISOString().slice(0, 10)
    if (key > last.period) break
    out.push(byPeriod.get(key) ?? { period: key, ...zero })
    d =
      period === 'month'
        ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
        : new Date(d.getTime() + (period === 'week' ? 7 : 1) * 86_400_000)
  }
  return out
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d)

/** 补正 pauses from a case's events in order: each `clock.paused` with the next `clock.resumed` (none yet: still paused). */
export function pausesOf(
  events: ReadonlyArray<{ type: string; at: Date | string }>,
): Array<{ from: string; to?: string }> {
  const out: Array<{ from: string; to?: string }> = []
  let open: string | undefined
  for (const e of events) {
    if (e.type === 'clock.paused' && open === undefined) open = iso(e.at)
    else if (e.type === 'clock.resumed' && open !== undefined) {
      out.push({ from: open, to: iso(e.at) })
      open = undefined
    }
  }
  if (open !== undefined) out.push({ from: open })
  return out
}
