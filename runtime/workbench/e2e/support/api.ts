import { loadSamples } from '@tongban/examples'
import type { Page } from 'playwright-core'

/** Start (and submit) a case as the page's logged-in user through the same API the app calls. */
export async function createCaseThroughApi(
  page: Page,
  matterId: string,
  data: Record<string, unknown>,
): Promise<string> {
  const res = await page.evaluate(
    async ({ matterId, data }) => {
      const csrf = /tb_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? ''
      const r = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({ matterId, data, submit: true }),
      })
      return { status: r.status, body: await r.json() }
    },
    { matterId, data },
  )
  if (res.status !== 201) throw new Error(`POST /api/cases: ${res.status} ${JSON.stringify(res.body)}`)
  return (res.body as { id: string }).id
}

/** The example 人员借调 submission (市统计局 lends a clerk), with today's dates. */
export function secondmentSample(): Record<string, unknown> {
  const sample = loadSamples().find((s) => s.matterCode === 'YX-RS-001')
  if (!sample) throw new Error('no YX-RS-001 sample in @tongban/examples')
  const data = { ...sample.data }
  delete data.applyDate
  return data
}
