import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { act, expectShown, openTodo, recordActionAnswers, submitArchiveLookup } from './support/flows'

describe('someone else acted first (409)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('explains the conflict and reloads instead of crashing', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    const approver = await loginAs(browser, env, 'linxiaohong')
    try {
      // The same task open in two tabs; the first tab approves.
      const stale = await approver.context.newPage()
      recordActionAnswers(stale)
      await openTodo(approver.page, applicant.caseId)
      await stale.goto(approver.page.url())
      await stale.getByTestId('task-actions').waitFor()
      await act(approver.page, 'approve', { comment: '同意。' })

      // The second tab still offers 同意: trying it gets the explanation and a reload.
      await stale.getByTestId('action-approve').click()
      await stale.getByTestId('action-confirm').click()
      await expectShown(stale, 'conflict', 'conflict-stale-tab')
      // The server says who handled it: the same person, in the other tab.
      expect(await stale.getByTestId('conflict-detail').textContent()).toContain('林小红')
      await screenshot(stale, 'desktop-conflict')
      await stale.getByTestId('conflict-reload').click()
      await stale.locator('[data-testid="task-page"][data-task-status="completed"]').waitFor()
      // Now it shows where things stand: no 同意 any more, only 撤回 of the own approval.
      expect(await stale.getByTestId('action-approve').count()).toBe(0)
      expect(await stale.getByTestId('action-withdraw').count()).toBe(1)
    } finally {
      await approver.context.close()
      await applicant.close()
    }
  })

  it('two people holding the same or-sign step: the one who loses the race gets the explanation', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    // 林小红 and 黄伟 are both 档案管理员: either may accept (或签). Two browsers, two people.
    const first = await loginAs(browser, env, 'linxiaohong')
    const second = await loginAs(browser, env, 'huangwei')
    try {
      await openTodo(first.page, applicant.caseId)
      await openTodo(second.page, applicant.caseId)
      recordActionAnswers(second.page)
      await act(first.page, 'approve', { comment: '同意受理。' })

      await second.page.getByTestId('action-approve').click()
      await second.page.locator('.ant-modal:visible').getByTestId('action-comment').fill('同意。')
      await second.page.getByTestId('action-confirm').click()
      await expectShown(second.page, 'conflict', 'conflict-other-person')
      expect(await second.page.getByTestId('conflict').textContent()).toContain('办件已被他人处理')
      expect(await second.page.getByTestId('conflict-detail').textContent()).toContain('无需')
      await screenshot(second.page, 'desktop-conflict-other-person')
      await second.page.getByTestId('conflict-reload').click()
      // After the reload: the step moved on, his task is closed and offers nothing.
      await second.page.getByTestId('task-not-open').waitFor()
      expect(await second.page.getByTestId('task-actions').count()).toBe(0)
      expect(await second.page.getByTestId('page-error').count()).toBe(0)
    } finally {
      await first.context.close()
      await second.context.close()
      await applicant.close()
    }
  })
})
