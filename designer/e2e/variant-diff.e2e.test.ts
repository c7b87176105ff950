import { DEMO_PEOPLE } from '@tongban/examples'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin } from './support/api'
import { cspViolations, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'

// A county variant of a seeded standard matter (档案查阅, YX-DA-001), created in the browser, shows
// its differences from the standard; the standard lists it. Nothing of the standard changes.
const env = e2eEnv()
const code = `XC-DA-${Date.now().toString(36).toUpperCase()}`
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

test('creates a regional variant of a standard matter and sees its differences from the standard', async () => {
  const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
  const list = await api.get<{ items: Array<{ id: string; code: string }> }>('/api/matters?code=YX-DA-001')
  const standard = list.items.find((m) => m.code === 'YX-DA-001')
  expect(standard).toBeDefined()

  await page.goto(`/designer/matters/${encodeURIComponent(standard!.id)}`)
  await page.getByRole('tab', { name: '地区变体' }).click()
  const panel = page.locator('.ant-tabs-tabpane-active')
  await panel.getByPlaceholder('变体编码').fill(code)
  await panel.getByPlaceholder('地区 id').fill('xc')
  await panel.locator('.ant-select', { hasText: '受理单位' }).locator('.ant-select-selector').click()
  await panel.locator('.ant-select', { hasText: '受理单位' }).locator('input').fill('溪城区档案馆')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '溪城区档案馆' }).first().click()
  await panel.getByRole('button', { name: '创建' }).click()
  const link = panel.getByRole('link', { name: code })
  await link.waitFor()

  await link.click()
  await page.getByTestId('matter-edit').waitFor()
  await page.getByRole('tab', { name: '地区变体' }).click()
  const diff = page.locator('.ant-tabs-tabpane-active').getByTestId('diff-view')
  await diff.waitFor()
  // each changed standard element by its label, before → after
  const element = async (key: string) => (await diff.locator(`[data-key="${key}"]`).innerText()).replace(/\s+/g, ' ')
  await expect(element('code')).resolves.toBe(`~ 事项编码：YX-DA-001 → ${code}`)
  await expect(element('regionId')).resolves.toBe('~ 地区：yx → xc')
  await expect(element('acceptingOrgId')).resolves.toMatch(/^~ 受理单位：\S+ → xc-daj$/)
  await expect(element('variantOf')).resolves.toBe(`~ 标准事项：— → ${standard!.id}`)
  await expect(diff.innerText()).resolves.not.toContain('申请材料')
  await screenshot(page, 'variant-diff')

  // the standard itself is untouched
  const after = await api.get<{ published: { matter: { regionId: string; code: string } } | null }>(`/api/matters/${encodeURIComponent(standard!.id)}`)
  expect(after.published?.matter).toMatchObject({ code: 'YX-DA-001', regionId: 'yx' })
  await api.close()
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})
