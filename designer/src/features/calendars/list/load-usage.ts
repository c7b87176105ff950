import type { Api, MatterSummary } from '../../../api'
import type { MatterCalendarRef } from '../model/calendar-usage'

/**
 * Every matter of the catalog with its `calendarId` (the published version's, else the draft's).
 * The catalog rows do not carry it, so each matter is read; a few at a time to spare the server.
 */
export async function loadMatterCalendars(api: Api, concurrency = 4): Promise<MatterCalendarRef[]> {
  const rows: MatterSummary[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.matters.list({ limit: PAGE, offset })
    rows.push(...page.items)
    if (page.items.length < PAGE) break
  }
  const out: MatterCalendarRef[] = new Array(rows.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < rows.length; i = next++) {
      const m = rows[i]!
      const detail = await api.matters.get(m.id)
      const calendarId = (detail.published ?? detail.draft)?.matter.calendarId
      out[i] = { id: m.id, code: m.code, name: m.name, ...(calendarId ? { calendarId } : {}) }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker))
  return out
}

// helpers //////////////////////

const PAGE = 200
