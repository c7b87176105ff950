import { DEMO_PEOPLE } from '@tongban/examples'
import type { FormNode, MatterBundle } from '@tongban/schemas'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin } from './support/api'
import { cspViolations, launchBrowser, loginAs } from './support/browser'
import { e2eEnv } from './support/env'

// Re-slicing in the browser: the seeded 档案查阅 (YX-DA-001) split into two new draft matters, the
// chosen fields and the rest; the standard, its versions and its cases are left as they were.
const env = e2eEnv()
const stamp = Date.now().toString(36).toUpperCase()
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  ;({ context, page } = await loginAs(browser, env, DEMO_PEOPLE.designer.username))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

type Detail = { published: MatterBundle | null; draft: MatterBundle | null }
const keysOf = (b: MatterBundle | null | undefined) => Object.keys(b?.form.schema.properties ?? {})

test('splits a matter into two new drafts (the chosen fields, and the rest); the original is untouched', async () => {
  const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
  try {
    const list = await api.get<{ items: Array<{ id: string; code: string }> }>('/api/matters?code=YX-DA-001')
    const source = list.items.find((m) => m.code === 'YX-DA-001')!
    const before = await api.get<Detail>(`/api/matters/${encodeURIComponent(source.id)}`)
    const props = (before.published?.form.schema.properties ?? {}) as Record<string, FormNode>
    // the last two fields the applicant fills in go to the second matter
    const own = Object.entries(props).filter(([, n]) => !n['x-tongban']?.standardField)
    const moved = own.slice(-2)
    expect(moved).toHaveLength(2)

    await page.goto(`/designer/matters/${encodeURIComponent(source.id)}`)
    await page.getByRole('tab', { name: '拆分 / 合并' }).click()
    const panel = page.getByTestId('reslice-panel')
    for (const [k, n] of moved) await panel.locator('.ant-checkbox-group label', { hasText: n.title ?? k }).first().click()
    const form = panel.getByTestId('split-form')
    await form.getByText('其余字段另成一个事项').click()
    await form.getByPlaceholder('新事项编码').fill(`SPLIT-A-${stamp}`)
    await form.getByPlaceholder('新事项名称').fill('档案查阅（登记）')
    await form.getByPlaceholder('第二个事项编码').fill(`SPLIT-B-${stamp}`)
    await form.getByPlaceholder('第二个事项名称').fill('档案查阅（预约）')
    await form.getByRole('button', { name: '拆分为两个新事项' }).click()
    await page.waitForURL(/\/designer\/matters\/m-split-a-/)
    await page.getByTestId('matter-edit').waitFor()

    const get = async (code: string) => {
      const found = await api.get<{ items: Array<{ id: string; code: string; status: string }> }>(`/api/matters?code=${code}`)
      const row = found.items.find((m) => m.code === code)
      expect(row).toMatchObject({ status: 'draft' })
      const d = await api.get<Detail>(`/api/matters/${encodeURIComponent(row!.id)}`)
      return d.draft ?? d.published
    }
    const a = keysOf(await get(`SPLIT-A-${stamp}`))
    const b = keysOf(await get(`SPLIT-B-${stamp}`))
    for (const [k] of moved) {
      expect(a).not.toContain(k)
      expect(b).toContain(k)
    }
    expect(new Set([...a, ...b])).toEqual(new Set(Object.keys(props)))

    const after = await api.get<Detail>(`/api/matters/${encodeURIComponent(source.id)}`)
    expect(after.published).toEqual(before.published)
  } finally {
    await api.close()
  }
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})
