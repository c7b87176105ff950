import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { act, listSettled, openTodo, submitArchiveLookup } from './support/flows'

describe('催办 and 撤回', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the applicant urges (logged, naming who was reminded), then withdraws while nobody has acted', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    const page = applicant.page
    try {
      await page.locator('[data-testid="case-detail-page"][data-status="in-progress"]').waitFor()
      await page.getByTestId('case-action-urge').click()
      await page.locator('.ant-modal:visible').getByTestId('action-comment').fill('请尽快安排查阅，谢谢。')
      await page.locator('.ant-modal:visible').getByTestId('action-confirm').click()
      const urged = page.locator('[data-testid="timeline-event"][data-type="case.urged"]')
      await urged.waitFor()
      expect(await urged.textContent()).toContain('林小红')
      await screenshot(page, 'desktop-urged')

      await page.getByTestId('case-action-withdraw').click()
      await page.locator('.ant-modal:visible').getByTestId('action-confirm').click()
      await page.locator('[data-testid="case-detail-page"][data-status="withdrawn"]').waitFor()
      expect(await page.getByTestId('case-actions').count()).toBe(0)
      await screenshot(page, 'desktop-withdrawn')

      // The archive office's 待办 no longer holds it.
      const approver = await loginAs(browser, env, 'linxiaohong')
      try {
        await approver.page.goto('/inbox?box=todo')
        await listSettled(approver.page)
        expect(
          await approver.page
            .locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`)
            .count(),
        ).toBe(0)
        // …and its 消息 holds the 催办, unread; opening it goes to the case and reads it.
        const bell = approver.page.getByTestId('notifications')
        const unread = Number(await approver.page.getByTestId('notifications-count').textContent())
        expect(unread).toBeGreaterThan(0)
        await bell.click()
        const urge = approver.page.locator(
          `[data-testid="notification-item"][data-reason="urged"][data-case-id="${applicant.caseId}"]`,
        )
        await urge.waitFor()
        expect(await urge.getAttribute('data-read')).toBe('false')
        expect(await urge.textContent()).toContain('办件催办')
        await screenshot(approver.page, 'desktop-notifications')
        await urge.click()
        await approver.page.waitForURL(new RegExp(`/cases/${applicant.caseId}$`))
        await approver.page.getByTestId('case-detail-page').waitFor()
        await bell.click()
        await urge.waitFor()
        expect(await urge.getAttribute('data-read')).toBe('true')
      } finally {
        await approver.context.close()
      }
    } finally {
      await applicant.close()
    }
  })

  it('an approver takes back an approval from 已办 while the next step is untouched', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    const approver = await loginAs(browser, env, 'linxiaohong')
    try {
      await openTodo(approver.page, applicant.caseId)
      await act(approver.page, 'approve', { comment: '同意受理。' })
      await approver.page.goto('/inbox?box=done')
      await approver.page
        .locator(`[data-testid="inbox-item"][data-case-id="${applicant.caseId}"]`)
        .first()
        .click()
      await approver.page.getByTestId('action-withdraw').waitFor()
      await screenshot(approver.page, 'desktop-withdraw-approval')
      await act(approver.page, 'withdraw')
      // The decision is undone: 档案馆受理 is back in the 待办.
      await openTodo(approver.page, applicant.caseId)
      expect(await approver.page.getByTestId('action-approve').count()).toBe(1)
      const withdrawn = approver.page.locator('[data-testid="timeline-event"][data-type="task.withdrawn"]')
      expect(await withdrawn.count()).toBe(1)
    } finally {
      await approver.context.close()
      await applicant.close()
    }
  })
})
