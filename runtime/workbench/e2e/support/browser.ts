import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core'

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

/**
 * A logged-in browser context for one person (own cookies). Unbound uploads go to the server's
 * `/api/attachments`; while the server has no such route (404) a stub answers as the contract says
 * (see the README).
 */
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
  await context.route('**/api/attachments?*', stubUnboundUploads)
  await context.route('**/api/attachments', stubUnboundUploads)
  const page = await context.newPage()
  await page.goto('/login')
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(env.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('inbox-page').waitFor()
  return { context, page }
}

/**
 * While the server has no `POST /api/attachments` (it answers 404), answer it as the contract says
 * (`201 {id, materialId, name, size, sha256, contentType}` of the multipart `file`), so a fresh form's
 * checklist can be completed. Uploads to a saved case (`/api/cases/:id/attachments`) are real.
 */
async function stubUnboundUploads(route: Route): Promise<void> {
  if (route.request().method() !== 'POST') return route.continue()
  const res = await route.fetch()
  if (res.status() !== 404) return route.fulfill({ response: res })
  const part = filePart(route.request().postDataBuffer() ?? Buffer.alloc(0))
  const materialId = new URL(route.request().url()).searchParams.get('materialId')
  return route.fulfill({
    status: 201,
    contentType: 'application/json',
    body: JSON.stringify({
      id: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      ...(materialId ? { materialId } : {}),
      name: part.name,
      size: part.content.length,
      sha256: crypto.createHash('sha256').update(part.content).digest('hex'),
      contentType: part.type,
    }),
  })
}

function filePart(body: Buffer): { name: string; type: string; content: Buffer } {
  const boundary = body.subarray(0, body.indexOf('\r\n')).toString()
  const header = body.indexOf('name="file"')
  const start = body.indexOf('\r\n\r\n', header) + 4
  const end = body.indexOf(`\r\n${boundary}`, start)
  const head = body.subarray(header, start).toString()
  return {
    name: /filename="([^"]+)"/.exec(head)?.[1] ?? 'file.pdf',
    type: /Content-Type: ([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream',
    content: body.subarray(start, end),
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })
}
