import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

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

export const DESKTOP = { width: 1280, height: 900 }
export const MOBILE = { width: 375, height: 740 }

/** A logged-in browser context for one person (own cookies). */
export async function loginAs(
  browser: Browser,
  env: { baseUrl: string; password: string },
  username: string,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: env.baseUrl,
    viewport,
    locale: 'zh-CN',
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  })
  // Generous: the shared 2-core machine is often heavily loaded; a slow wait is not a failure.
  context.setDefaultTimeout(45_000)
  const page = await context.newPage()
  await page.goto('/login')
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(env.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('inbox-page').waitFor()
  return { context, page }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })
}
