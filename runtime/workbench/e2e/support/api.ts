import { loadSamples } from '@tongban/examples'
import type { Page } from 'playwright-core'

/** Start (and submit) a case as the page's logged-in user through the same API the app calls. */
export async function createCaseThroughApi(
  page: Page,
  matterId: string,
  data: Record<string, unknown>,
): Promise<string> {
  data = await uploadSampleMaterials(page, data)
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

/**
 * The example submissions reference placeholder attachments (`sample-<code>-<material>`), which the
 * server refuses (a case may only reference the caller's own uploads): upload a small file for each
 * through `POST /api/attachments` and put the real ids in.
 */
export async function uploadSampleMaterials(
  page: Page,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...data }
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.some((v) => v && typeof v === 'object' && 'attachmentId' in v))
      continue
    out[key] = await page.evaluate(
      async (files: Array<Record<string, unknown>>) => {
        const csrf = decodeURIComponent(/tb_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '')
        const uploaded = []
        for (const file of files) {
          const form = new FormData()
          form.append('materialId', String(file.materialId))
          form.append(
            'file',
            new Blob(['%PDF-1.4\n%sample\n'], { type: 'application/pdf' }),
            String(file.name),
          )
          const r = await fetch('/api/attachments', {
            method: 'POST',
            headers: { 'X-CSRF-Token': csrf },
            body: form,
          })
          const body = (await r.json()) as { id: string; size: number }
          if (r.status !== 201) throw new Error(`POST /api/attachments: ${r.status} ${JSON.stringify(body)}`)
          uploaded.push({ ...file, attachmentId: body.id, size: body.size })
        }
        return uploaded
      },
      value as Array<Record<string, unknown>>,
    )
  }
  return out
}

/** The example 人员借调 submission (市统计局 lends a clerk), with today's dates. */
export function secondmentSample(): Record<string, unknown> {
  const sample = loadSamples().find((s) => s.matterCode === 'YX-RS-001')
  if (!sample) throw new Error('no YX-RS-001 sample in @tongban/examples')
  const data = { ...sample.data }
  delete data.applyDate
  return data
}

/** The example 档案查阅 submission of 张伟 (not classified), dated for today. */
export function archiveSample(title?: string): Record<string, unknown> {
  const sample = loadSamples().find((s) => s.matterCode === 'YX-DA-001' && s.data.classified === false)
  if (!sample) throw new Error('no YX-DA-001 sample in @tongban/examples')
  const data: Record<string, unknown> = { ...sample.data }
  delete data.applyDate
  data.visitDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
  if (title) data.purposeDetail = title
  return data
}
