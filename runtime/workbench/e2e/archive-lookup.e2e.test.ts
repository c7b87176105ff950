import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { approveAs, startedStatus, submitArchiveLookup } from './support/flows'

describe('档案查阅 (YX-DA-001) end to end', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a clerk submits, the archive office accepts and provides, the applicant sees it completed in 我发起的', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP, 'desktop')
    try {
      await screenshot(applicant.page, 'desktop-case-submitted')
      // 档案馆受理, then 提供档案: both on the archive office (林小红).
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, DESKTOP, 'desktop-approver')
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, DESKTOP)
      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('completed')
      await screenshot(applicant.page, 'desktop-started-completed')
      await applicant.page.locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`).click()
      await applicant.page.getByTestId('case-timeline').waitFor()
      expect(await applicant.page.getByTestId('case-detail-page').getAttribute('data-status')).toBe(
        'completed',
      )
    } finally {
      await applicant.close()
    }
  })
})
