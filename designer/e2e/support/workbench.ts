import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { VIEWPORT, watchCsp } from './browser'

// The clerk workbench, served by the same server at `/`: the designed matter's case is started and
// approved on its screens. Selectors are the workbench's own test ids (see runtime/workbench/e2e).

export interface WorkbenchSession {
  context: BrowserContext
  page: Page
}

/** A logged-in workbench context for one person (own cookies), through the workbench's login page. */
export async function workbenchLogin(
  browser: Browser,
  env: { baseUrl: string; password: string },
  username: string,
): Promise<WorkbenchSession> {
  const context = await browser.newContext({ baseURL: env.baseUrl, viewport: VIEWPORT, locale: 'zh-CN' })
  await watchCsp(context)
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  await page.goto('/login')
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(env.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('inbox-page').waitFor()
  return { context, page }
}

/** Find a matter in the catalog by its code and open its application form. */
export async function applyFor(page: Page, code: string): Promise<Locator> {
  await page.getByTestId('nav-catalog').click()
  await page.getByTestId('catalog-search').fill(code)
  const card = page.locator(`[data-testid="matter-card"][data-code="${code}"]`)
  await card.waitFor()
  await card.getByTestId('apply').click()
  await page.getByTestId('case-start-page').waitFor()
  await page.locator('.tongban-form .ant-formily-item').first().waitFor()
  return card
}

/** The Formily form item labelled exactly `label`. */
export function formItem(page: Page, label: string): Locator {
  return page
    .locator('.ant-formily-item')
    .filter({ has: page.locator('.ant-formily-item-label-content label', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) })
    .first()
}

/** Submit the application; returns the new case's id (from the case page's address). */
export async function submitCase(page: Page): Promise<string> {
  await page.getByTestId('submit-case').click()
  try {
    await page.getByTestId('case-detail-page').waitFor()
  } catch (e) {
    const problems = await page.getByTestId('form-problems').textContent().catch(() => null)
    throw new Error(`the application was not submitted: ${problems ?? ''}\n${String(e)}`)
  }
  const id = /\/cases\/([^/?#]+)/.exec(page.url())?.[1]
  if (!id) throw new Error(`no case id in ${page.url()}`)
  return decodeURIComponent(id)
}

/** Open this case's item in the person's 待办 and approve it with a comment. */
export async function approveFromTodo(page: Page, caseId: string): Promise<void> {
  await page.goto('/inbox?box=todo')
  const item = page.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`).first()
  await item.waitFor()
  await item.click()
  await page.getByTestId('task-page').waitFor()
  await page.getByTestId('action-approve').click()
  const dialog = page.locator('.ant-modal:visible')
  await dialog.waitFor()
  await dialog.getByTestId('action-comment').fill('同意。')
  await dialog.getByTestId('action-confirm').click()
  await page.getByTestId('inbox-page').waitFor()
}
