import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { field } from './support/forms'
import { act, approveAs, openMatter, openTodo, startedStatus, submitArchiveLookup } from './support/flows'

describe('补正: return for correction and resubmit', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the approver returns the case to the applicant, who edits and resubmits, and it completes', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    try {
      // The archive office returns it; a return needs a comment (commentRequired) and a target.
      const approver = await loginAs(browser, env, 'linxiaohong')
      await openTodo(approver.page, applicant.caseId)
      await approver.page.getByTestId('action-return').click()
      await approver.page.getByTestId('action-confirm').click()
      await approver.page.getByText('该操作需要填写意见').waitFor()
      await approver.page
        .locator('.ant-modal:visible')
        .getByRole('button', { name: /取\s*消/ })
        .click()
      await act(approver.page, 'return', {
        comment: '请补充查阅用途的具体项目名称。',
        target: '申请人（补正）',
        shot: 'desktop-return-dialog',
      })
      await approver.context.close()

      // The applicant sees 待补正 with the reason, edits and resubmits.
      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('returned')
      await applicant.page.locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`).click()
      await applicant.page.getByTestId('returned-notice').waitFor()
      expect(await applicant.page.getByTestId('returned-notice').textContent()).toContain(
        '请补充查阅用途的具体项目名称',
      )
      await field(applicant.page, '查阅用途说明')
        .locator('textarea')
        .fill('编制城东片区（东城单元）国土空间详细规划，需查阅历年规划批复。')
      await screenshot(applicant.page, 'desktop-correction')
      await applicant.page.getByTestId('case-action-resubmit').click()
      await applicant.page.locator('[data-testid="case-detail-page"][data-status="in-progress"]').waitFor()

      // Back to the archive office: accept, then provide; the case completes with the new text.
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, DESKTOP)
      await approveAs(browser, env, 'linxiaohong', applicant.caseId, DESKTOP)
      expect(await startedStatus(applicant.page, applicant.caseId)).toBe('completed')
      await applicant.page.locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`).click()
      await applicant.page.getByTestId('case-timeline').waitFor()
      const text = await applicant.page.getByTestId('case-detail-page').textContent()
      expect(text).toContain('东城单元')
      expect(text).toContain('补正后重新提交')

      // Next time, 复制上次办件 brings the corrected answers back into a new form.
      await openMatter(applicant.page, 'YX-DA-001')
      await applicant.page.getByTestId('copy-previous').click()
      await applicant.page.waitForFunction(() =>
        Array.from(document.querySelectorAll('textarea')).some((t) => t.value.includes('东城单元')),
      )
    } finally {
      await applicant.close()
    }
  })
})
