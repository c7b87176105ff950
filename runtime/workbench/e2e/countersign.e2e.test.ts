import { DEMO_PEOPLE } from '@tongban/examples'
import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { approveAs, openTodo, startedStatus } from './support/flows'
import { createCaseThroughApi, secondmentSample } from './support/api'

describe('会签: a two-person countersign (YX-RS-001)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('needs both countersigners; a third person cannot act; then HR handles and it ends approved', async () => {
    const env = e2eEnv()
    const applicant = await loginAs(browser, env, DEMO_PEOPLE.secondmentApplicant.username)
    try {
      // The applicant's form is exercised in the other scenarios; here the sample data goes in through the API.
      const caseId = await createCaseThroughApi(applicant.page, 'm-yx-rs-001', secondmentSample())
      await approveAs(browser, env, 'hanlei', caseId, DESKTOP) // 借入单位负责人审核

      const lender = DEMO_PEOPLE.secondmentLendingHead.username
      const orgDept = DEMO_PEOPLE.secondmentOrgDept.username
      await approveAs(browser, env, lender, caseId, DESKTOP, 'desktop-countersign')

      // One agreement is not enough: the case still waits at the countersign for the other signer.
      const other = await loginAs(browser, env, orgDept)
      await openTodo(other.page, caseId)
      expect(await other.page.locator('[data-node="countersign"]').getAttribute('data-current')).toBe('true')
      await screenshot(other.page, 'desktop-task')

      // A bystander has nothing in the inbox and cannot open the task.
      const taskUrl = new URL(other.page.url()).pathname
      const bystander = await loginAs(browser, env, DEMO_PEOPLE.bystander.username)
      expect(
        await bystander.page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`).count(),
      ).toBe(0)
      await bystander.page.goto(taskUrl)
      await bystander.page.getByTestId('page-error').waitFor()
      expect(await bystander.page.getByTestId('task-actions').count()).toBe(0)
      const status = await bystander.page.evaluate(
        async (id) => {
          const csrf = /tb_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? ''
          const r = await fetch(`/api/tasks/${id}/actions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
            body: JSON.stringify({ action: 'approve' }),
          })
          return r.status
        },
        taskUrl.split('/').pop() as string,
      )
      expect([403, 404]).toContain(status)
      await bystander.context.close()

      // The first signer cannot sign twice: the task is closed for them now.
      const first = await loginAs(browser, env, lender)
      expect(await first.page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`).count()).toBe(0)
      await first.context.close()

      await other.page.getByTestId('action-approve').click()
      await other.page.getByTestId('action-confirm').click()
      await other.page.getByTestId('inbox-page').waitFor()
      await other.context.close()

      await approveAs(browser, env, DEMO_PEOPLE.secondmentHr.username, caseId, DESKTOP) // 人社局办理
      expect(['approved', 'completed']).toContain(await startedStatus(applicant.page, caseId))
    } finally {
      await applicant.context.close()
    }
  })
})
