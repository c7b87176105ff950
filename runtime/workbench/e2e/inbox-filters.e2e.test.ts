import type { Browser } from 'playwright-core'
import { launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { archiveSample, createCaseThroughApi } from './support/api'
import { listSettled } from './support/flows'

describe('我的事务: filters and paging live in the URL', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('pages, searches and filters 我发起的; a reload keeps the list; no match offers 清除筛选', async () => {
    const { context, page } = await loginAs(browser, e2eEnv(), 'zhangwei')
    try {
      // Eleven cases of 张伟's own: more than one page of ten.
      const ids: string[] = []
      for (let i = 0; i < 11; i++)
        ids.push(await createCaseThroughApi(page, 'm-yx-da-001', archiveSample(`分页测试 ${i + 1}`)))
      await page.goto('/inbox?box=started')
      await listSettled(page)
      expect(Number(await page.getByTestId('count-started').textContent())).toBeGreaterThanOrEqual(11)
      expect(await page.getByTestId('inbox-item').count()).toBe(10)

      // Page 2 is in the URL and survives a reload.
      await page.locator('.ant-pagination-item-2').click()
      await page.waitForURL(/[?&]page=2/)
      await page.reload()
      await listSettled(page)
      await page.locator('.ant-pagination-item-2.ant-pagination-item-active').waitFor()
      expect(await page.locator('.ant-pagination-total-text').textContent()).toMatch(/^共 \d+ 条$/)

      // Search by a case number: exactly that case, back on page 1.
      await page.goto('/inbox?box=started')
      await listSettled(page)
      const item = page.locator(`[data-testid="inbox-item"][data-case-id="${ids[10]}"]`)
      const no =
        (await item.locator('.ant-list-item-meta-description .ant-typography').first().textContent()) ?? ''
      await page.getByTestId('inbox-search').fill(no)
      await page.getByTestId('inbox-search').press('Enter')
      await page.waitForURL(/[?&]q=/)
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="inbox-item"]').length === 1)
      expect(await page.getByTestId('inbox-item').getAttribute('data-case-id')).toBe(ids[10])

      // A red-card filter on top: nothing matches; the empty state says so and clears the filters.
      await page.getByTestId('inbox-card-filter').locator('.ant-select-selector').click()
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '红牌' }).click()
      await page.waitForURL(/[?&]card=red/)
      await page.getByTestId('page-empty').filter({ hasText: '没有符合筛选条件的事项' }).waitFor()
      await screenshot(page, 'desktop-inbox-no-match')
      await page.getByTestId('inbox-clear-filters').click()
      await page.waitForURL((url) => !url.search.includes('card=') && !url.search.includes('q='))
      await page.getByTestId('inbox-item').nth(9).waitFor()
      expect(await page.getByTestId('inbox-item').count()).toBe(10)
    } finally {
      await context.close()
    }
  })
})
