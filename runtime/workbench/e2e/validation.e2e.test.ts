import type { Browser } from 'playwright-core'
import { launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { field, fieldError, fillArchiveLookup, pickRadio } from './support/forms'
import { openMatter, submitCase } from './support/flows'

describe('linkage and validation on the 档案查阅 form', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a hidden required field does not block submission', async () => {
    const env = e2eEnv()
    const { context, page } = await loginAs(browser, env, 'zhangwei')
    try {
      await openMatter(page, 'YX-DA-001')
      await fillArchiveLookup(page)
      // 复制份数 is required only when 利用方式 is 复制; with 阅览 it is hidden and empty.
      expect(await field(page, '复制份数').count()).toBe(0)
      expect(await field(page, '密级').count()).toBe(0)
      await submitCase(page)
    } finally {
      await context.close()
    }
  })

  it('a visible required field blocks it, with the message on the field; the server’s verdict lands there too', async () => {
    const env = e2eEnv()
    const { context, page } = await loginAs(browser, env, 'zhangwei')
    try {
      await openMatter(page, 'YX-DA-001')
      await fillArchiveLookup(page)
      await pickRadio(page, '利用方式', '复制')
      await field(page, '复制份数').waitFor()
      await page.getByTestId('submit-case').click()
      await page.getByTestId('form-problems').waitFor()
      await fieldError(page, '复制份数').first().waitFor()
      expect(await fieldError(page, '复制份数').first().textContent()).toMatch(/必填|required/i)
      expect(page.url()).toContain('/start/')
      await screenshot(page, 'desktop-validation')

      // The browser check passes once 复制份数 has a value; if the request is then tampered with
      // on the way (the value dropped), the server's 422 is shown on the same field.
      await field(page, '复制份数').locator('input').fill('2')
      await page.route('**/api/cases', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}') as { data: Record<string, unknown> }
        delete body.data.copies
        await route.continue({ postData: JSON.stringify(body) })
      })
      await page.getByTestId('submit-case').click()
      await fieldError(page, '复制份数').first().waitFor()
      expect(page.url()).toContain('/start/')
      await page.unroute('**/api/cases')
      // Editing the field clears the server's message; now it goes through.
      await field(page, '复制份数').locator('input').fill('3')
      await submitCase(page)
    } finally {
      await context.close()
    }
  })
})
