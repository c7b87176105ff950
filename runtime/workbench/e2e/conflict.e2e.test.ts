import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { act, openTodo, submitArchiveLookup } from './support/flows'

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
      await openTodo(approver.page, applicant.caseId)
      await stale.goto(approver.page.url())
      await stale.getByTestId('task-actions').waitFor()
      await act(approver.page, 'approve', { comment: '同意。' })

      // The second tab still offers 同意: trying it gets the explanation and a reload.
      await stale.getByTestId('action-approve').click()
      await stale.getByTestId('action-confirm').click()
      await stale.getByTestId('conflict').waitFor()
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
})
