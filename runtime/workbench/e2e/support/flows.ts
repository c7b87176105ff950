import type { Browser, Page } from 'playwright-core'
import { DESKTOP, loginAs, screenshot } from './browser'
import { fillArchiveLookup } from './forms'

export interface Env {
  baseUrl: string
  password: string
}
export type Viewport = typeof DESKTOP

/** Open the catalog, find the matter by code through the search box, and open its form. */
export async function openMatter(page: Page, code: string, shot?: string): Promise<void> {
  await page.getByTestId('nav-catalog').click()
  await page.getByTestId('catalog-search').fill(code)
  const card = page.locator(`[data-testid="matter-card"][data-code="${code}"]`)
  await card.waitFor()
  if (shot) await screenshot(page, shot)
  await card.getByTestId('apply').click()
  await page.getByTestId('case-start-page').waitFor()
  await page.locator('.tongban-form .ant-formily-item').first().waitFor()
}

/** Submit the form on the page and return the new case id (from the case page URL). */
export async function submitCase(page: Page): Promise<string> {
  await page.getByTestId('submit-case').click()
  try {
    await page.getByTestId('case-detail-page').waitFor()
  } catch (e) {
    await page.screenshot({ path: 'test-artifacts/screenshots/failure-submit.png', fullPage: true })
    const problems = await page
      .getByTestId('form-problems')
      .textContent()
      .catch(() => null)
    const errors = await page
      .locator('.ant-formily-item-error')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.querySelector('label')?.textContent ?? '?'}: ${el.querySelector('.ant-formily-item-error-help')?.textContent ?? ''}`,
        ),
      )
    throw new Error(
      `submission did not reach the case page: ${problems ?? ''} ${errors.join(' | ')}\n${String(e)}`,
    )
  }
  const id = /\/cases\/([^/?#]+)/.exec(page.url())?.[1]
  if (!id) throw new Error(`no case id in ${page.url()}`)
  return id
}

/** The applicant starts 档案查阅 (YX-DA-001) and submits it. */
export async function submitArchiveLookup(
  browser: Browser,
  env: Env,
  viewport: Viewport,
  shots?: string,
): Promise<{ page: Page; caseId: string; close(): Promise<void> }> {
  const { context, page } = await loginAs(browser, env, 'zhangwei', viewport)
  await openMatter(page, 'YX-DA-001', shots && `${shots}-catalog`)
  await fillArchiveLookup(page)
  if (shots) await screenshot(page, `${shots}-form`)
  const caseId = await submitCase(page)
  return { page, caseId, close: () => context.close() }
}

/** Open the person's 待办 for this case (waits until it shows) and return the task page. */
export async function openTodo(page: Page, caseId: string, shot?: string): Promise<void> {
  await page.goto('/inbox?box=todo')
  const item = page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`).first()
  await item.waitFor()
  if (shot) await screenshot(page, shot)
  await item.click()
  await page.getByTestId('task-page').waitFor()
  await page.getByTestId('task-actions').waitFor()
}

/** Click an action, fill its dialog (comment, return target) and confirm; waits for the inbox. */
export async function act(
  page: Page,
  action: string,
  opts: {
    comment?: string
    target?: string
    people?: string[]
    position?: '前加签' | '后加签'
    shot?: string
  } = {},
): Promise<void> {
  await page.getByTestId(`action-${action}`).click()
  const dialog = page.locator('.ant-modal:visible')
  await dialog.waitFor()
  for (const name of opts.people ?? []) await pickPerson(page, name)
  if (opts.position) await dialog.locator('label.ant-radio-wrapper', { hasText: opts.position }).click()
  if (opts.target) {
    await dialog.getByTestId('return-target').locator('.ant-select-selector').click()
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: opts.target })
      .first()
      .click()
  }
  if (opts.comment) await dialog.getByTestId('action-comment').fill(opts.comment)
  if (opts.shot) await screenshot(page, opts.shot)
  await dialog.getByTestId('action-confirm').click()
  if (action === 'comment') return
  try {
    await page.getByTestId('inbox-page').waitFor()
  } catch (e) {
    await screenshot(page, `failure-${action}`)
    const why = await page
      .locator('[data-testid="task-problem"], [data-testid="conflict"], .ant-modal:visible')
      .allTextContents()
    throw new Error(`${action} did not finish: ${why.join(' | ')}\n${String(e)}`)
  }
}

/**
 * Wait for something the page should show; when it does not come, fail with what the page shows
 * instead (URL, problem/conflict/dialog/toast texts, the task actions' answers) and a screenshot,
 * so a failure on CI explains itself.
 */
export async function expectShown(page: Page, testId: string, label: string): Promise<void> {
  try {
    await page.getByTestId(testId).waitFor()
  } catch (e) {
    await screenshot(page, `failure-${label}`).catch(() => undefined)
    const shown = await page
      .locator(
        '[data-testid="task-problem"], [data-testid="conflict"], [data-testid="page-error"], .ant-modal:visible, .ant-message-notice',
      )
      .allTextContents()
      .catch(() => [])
    const answers = actionAnswers.get(page) ?? []
    throw new Error(
      `${testId} did not show at ${page.url()}; the page shows: ${shown.join(' | ') || '(nothing)'}; ` +
        `task action answers: ${answers.join(', ') || '(none)'}\n${String(e)}`,
    )
  }
}

const actionAnswers = new WeakMap<Page, string[]>()

/** Keep the status of every task action the page posts (for {@link expectShown}'s explanation). */
export function recordActionAnswers(page: Page): void {
  const answers: string[] = []
  actionAnswers.set(page, answers)
  page.on('response', (res) => {
    if (res.request().method() === 'POST' && res.url().includes('/actions')) {
      answers.push(`${res.status()} ${res.url().replace(/^.*\/api\//, '')}`)
    }
  })
}

/**
 * Pick a person by name in the open dialog's person select. Typing searches the directory on every
 * key, so the option list is replaced while it shows: check the pick took, else pick again.
 */
async function pickPerson(page: Page, name: string): Promise<void> {
  const select = page.locator('.ant-modal:visible').getByTestId('person-select')
  const picked = select.locator('.ant-select-selection-item', { hasText: name })
  for (let attempt = 0; attempt < 3 && !(await picked.count()); attempt++) {
    // The search input is read-only until the select is opened.
    await select.locator('.ant-select-selector').click()
    await page.keyboard.type(name)
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
      .first()
    await option.waitFor()
    await page.waitForTimeout(300)
    await option.click()
    await picked
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => undefined)
  }
  await picked.first().waitFor({ timeout: 1000 })
}

/** The person approves their open task on this case. */
export async function approveAs(
  browser: Browser,
  env: Env,
  username: string,
  caseId: string,
  viewport: Viewport,
  shots?: string,
): Promise<void> {
  const { context, page } = await loginAs(browser, env, username, viewport)
  try {
    await openTodo(page, caseId, shots && `${shots}-inbox`)
    if (shots) await screenshot(page, `${shots}-task`)
    await act(page, 'approve', { comment: '同意。' })
  } finally {
    await context.close()
  }
}

/** The case's status as the applicant's 我发起的 list shows it. */
export async function startedStatus(page: Page, caseId: string): Promise<string | null> {
  await page.goto('/inbox?box=started')
  const item = page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`)
  await item.waitFor()
  return item.getAttribute('data-status')
}

/** The inbox list has answered (items or the empty state) and is not loading; its error state fails. */
export async function listSettled(page: Page): Promise<void> {
  await page
    .locator('[data-testid="inbox-item"], [data-testid="page-empty"], [data-testid="page-error"]')
    .first()
    .waitFor()
  const error = page.getByTestId('page-error')
  if (await error.count()) throw new Error(`the inbox failed: ${await error.textContent()}`)
  await page.locator('[data-testid="inbox-page"] .ant-spin-spinning').waitFor({ state: 'detached' })
}
