import type { Browser, Page } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { act, listSettled, openTodo, startedStatus, submitArchiveLookup } from './support/flows'

/**
 * 档案查阅 (YX-DA-001) through every hand-over the archive office's nodes allow: 抄送, 转办, 加签,
 * 委派 and its hand-back. People: 林小红 and 黄伟 (档案管理员, or-sign), 何建华 (馆长), 马丽 (副馆长).
 */
describe('抄送, 转办, 加签, 委派', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('hands the case on through cc, transfer, add-signer and delegate until it completes', async () => {
    const env = e2eEnv()
    const applicant = await submitArchiveLookup(browser, env, DESKTOP)
    const caseId = applicant.caseId
    try {
      // 林小红 copies 马丽 in (her own task stays open) …
      await as(browser, 'linxiaohong', async (page) => {
        await openTodo(page, caseId)
        await act(page, 'cc', { people: ['马丽'], comment: '请马馆长知悉。', shot: 'desktop-cc-dialog' })
        await openTodo(page, caseId)
        // … then transfers the task to 何建华: it leaves her 待办.
        await act(page, 'transfer', { people: ['何建华'], comment: '请何馆长处理。' })
        await page.goto('/inbox?box=todo')
        await listSettled(page)
        expect(await todoItem(page, caseId).count()).toBe(0)
      })

      // 马丽 finds it under 抄送我的, unread (read only, no actions); opening it marks it 已阅.
      await as(browser, 'mali', async (page) => {
        await page.goto('/inbox?box=cc')
        await todoItem(page, caseId).waitFor()
        const unread = Number(await page.getByTestId('count-cc').textContent())
        expect(unread).toBeGreaterThanOrEqual(1)
        expect(await todoItem(page, caseId).textContent()).toContain('抄送意见：请马馆长知悉。')
        expect(await todoItem(page, caseId).getByTestId('inbox-cc-read').getAttribute('data-read')).toBe('false')
        await screenshot(page, 'desktop-cc-inbox')
        const read = page.waitForResponse((r) => /\/api\/tasks\/[^/]+\/read$/.test(new URL(r.url()).pathname))
        await todoItem(page, caseId).click()
        await page.getByTestId('case-detail-page').waitFor()
        expect((await read).status()).toBe(200)
        expect(await page.getByTestId('case-actions').count()).toBe(0)
        expect(await page.getByTestId('open-task').count()).toBe(0)
        await page.goto('/inbox?box=cc')
        await todoItem(page, caseId).waitFor()
        expect(await todoItem(page, caseId).getByTestId('inbox-cc-read').getAttribute('data-read')).toBe('true')
        expect(await todoItem(page, caseId).getByTestId('inbox-cc-read').textContent()).toBe('已阅')
        expect(Number(await page.getByTestId('count-cc').textContent())).toBe(unread - 1)
        // 仅看未读 leaves it out.
        await page.getByTestId('inbox-unread-only').click()
        await page.waitForURL(/unread=1/)
        await todoItem(page, caseId).waitFor({ state: 'detached' })
      })

      // 何建华 has it now and adds 马丽 after himself (后加签): his part is done, hers starts.
      await as(browser, 'hejianhua', async (page) => {
        await openTodo(page, caseId)
        await act(page, 'cc', { people: ['马丽'], comment: '再请马馆长知悉。' })
        await openTodo(page, caseId)
        await act(page, 'add-signer', {
          people: ['马丽'],
          position: '后加签',
          comment: '同意，请马馆长复核。',
        })
      })
      await as(browser, 'mali', async (page) => {
        // 何建华's copy is unread: 全部标为已阅 clears the tab without opening each.
        await page.goto('/inbox?box=cc')
        await page.locator('[data-testid="inbox-cc-read"][data-read="false"]').first().waitFor()
        await page.getByTestId('inbox-mark-all-read').click()
        await page.getByTestId('inbox-mark-all-read').waitFor({ state: 'detached' })
        await page.locator('[data-testid="inbox-cc-read"][data-read="false"]').first().waitFor({ state: 'detached' })
        expect(Number(await page.getByTestId('count-cc').textContent())).toBe(0)
        await openTodo(page, caseId)
        await act(page, 'approve', { comment: '同意。' })
      })

      // 提供档案: 林小红 delegates to 何建华, who may only hand it back (or comment).
      await as(browser, 'linxiaohong', async (page) => {
        await openTodo(page, caseId)
        await act(page, 'delegate', { people: ['何建华'], comment: '请何馆长先看一下。' })
      })
      await as(browser, 'hejianhua', async (page) => {
        await openTodo(page, caseId)
        expect(await page.getByTestId('action-approve').count()).toBe(0)
        expect(await page.getByTestId('action-resolve').count()).toBe(1)
        await screenshot(page, 'desktop-delegated-task')
        await act(page, 'resolve', { comment: '可以提供。' })
      })
      await as(browser, 'linxiaohong', async (page) => {
        await openTodo(page, caseId)
        await act(page, 'approve', { comment: '已提供。' })
      })

      // The applicant sees it completed, with every hand-over in the 办理过程.
      expect(await startedStatus(applicant.page, caseId)).toBe('completed')
      await applicant.page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`).click()
      await applicant.page.getByTestId('case-timeline').waitFor()
      const types = await applicant.page
        .getByTestId('timeline-event')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-type')))
      expect(types).toEqual(
        expect.arrayContaining([
          'cc.sent',
          'task.transferred',
          'signer.added',
          'task.delegated',
          'task.resolved',
        ]),
      )
      const text = await applicant.page.getByTestId('case-timeline').textContent()
      expect(text).toContain('→ 何建华')
      expect(text).toContain('→ 马丽')
      await applicant.page.getByTestId('case-timeline').scrollIntoViewIfNeeded()
      await screenshot(applicant.page, 'desktop-handover-timeline')
    } finally {
      await applicant.close()
    }
  })
})

// helpers

/** Run `steps` logged in as `username`, then close that person's browser context. */
async function as(browser: Browser, username: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await loginAs(browser, e2eEnv(), username)
  try {
    await steps(page)
  } finally {
    await context.close()
  }
}

function todoItem(page: Page, caseId: string) {
  return page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`)
}
