import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'

/** Debian's Chromium: never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots')

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const VIEWPORT = { width: 1440, height: 900 }

/**
 * Every Content-Security-Policy violation reported in any watched context: Chromium's console
 * message ("Refused to …") and the page's own `securitypolicyviolation` events. The apps run under
 * the server's real headers, so an eval or an inline script anywhere shows up here.
 */
export const cspViolations: string[] = []

export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`[csp-violation] ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
  context.on('console', (msg) => {
    const text = msg.text()
    if (text.includes('[csp-violation]') || text.includes('Content Security Policy')) cspViolations.push(text)
  })
}

/** A logged-in designer context (own cookies), through the designer's own login page. */
export async function loginAs(
  browser: Browser,
  env: { baseUrl: string; password: string },
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  // The real Content-Security-Policy applies: the designer must work under the server's headers.
  const context = await browser.newContext({ baseURL: env.baseUrl, viewport: VIEWPORT, locale: 'zh-CN' })
  await watchCsp(context)
  // Generous: the shared 2-core machine is often heavily loaded; a slow wait is not a failure.
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  await page.goto('/designer/login')
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(env.password)
  await page.locator('button[type="submit"]').click()
  await page.getByTestId('matter-list').waitFor()
  return { context, page }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })
}

/** Canvas elements, never their MiniMap copies. */
export function onCanvas(page: Page, selector: string): Locator {
  return page.locator(`.tb-flow-canvas ${selector}:not(.lf-mini-map *)`)
}

/** Press on `from`, move in steps, release over `to` (dnd-kit and LogicFlow both need real moves). */
export async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 15, from.y + 10, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 14 })
  await page.mouse.up()
}

export async function centreOf(loc: Locator): Promise<{ x: number; y: number }> {
  await loc.waitFor()
  const b = await loc.boundingBox()
  if (!b) throw new Error(`no box for ${String(loc)}`)
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
}
