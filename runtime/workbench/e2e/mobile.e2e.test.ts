import type { Browser, Page } from 'playwright-core'
import { launchBrowser, loginAs, MOBILE, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { field } from './support/forms'
import { act, approveAs, openTodo, startedStatus, submitArchiveLookup } from './support/flows'

/** The page does not scroll sideways at 375 px (tables may scroll inside their own box). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)
}

describe('at 375 px width (mobile)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('submits, approves and completes an archive look-up', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, MOBILE, 'mobile')
    try {
      expect(await fitsWidth(applicant.page)).toBe(true)
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, MOBILE, 'mobile-approver')
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, MOBILE)
      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('completed')
      expect(await fitsWidth(applicant.page)).toBe(true)
      await screenshot(applicant.page, 'mobile-inbox')
    } finally {
      await applicant.close()
    }
  })

  it('returns for correction and resubmits', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, MOBILE)
    try {
      const approver = await loginAs(browser, env, 'linxiaohong', MOBILE)
      await openTodo(approver.page, applicant.caseId)
      expect(await fitsWidth(approver.page)).toBe(true)
      await screenshot(approver.page, 'mobile-task')
      await act(approver.page, 'return', { comment: '请补充项目名称。', target: '申请人（补正）' })
      await approver.context.close()

      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('returned')
      await applicant.page.locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`).click()
      await applicant.page.getByTestId('returned-notice').waitFor()
      await field(applicant.page, '查阅用途说明').locator('textarea').fill('东城单元详细规划编制。')
      await applicant.page.getByTestId('case-action-resubmit').click()
      await applicant.page.locator('[data-testid="case-detail-page"][data-status="in-progress"]').waitFor()
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, MOBILE)
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, MOBILE)
      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('completed')
    } finally {
      await applicant.close()
    }
  })
})
