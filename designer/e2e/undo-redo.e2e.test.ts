import { DEMO_PEOPLE } from '@tongban/examples'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin } from './support/api'
import { cspViolations, launchBrowser, loginAs, onCanvas } from './support/browser'
import { e2eEnv } from './support/env'
import { dropNode, nodeNamed } from './support/flow-canvas'

// Undo and redo in the browser, on a seeded matter's flow (nothing is saved).
const env = e2eEnv()
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  ;({ context, page } = await loginAs(browser, env, DEMO_PEOPLE.designer.username))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

/** The MiniMap's copy of the graph follows every edit (it used to keep the graph as first opened). */
async function minimapCount(p: Page, n: number): Promise<void> {
  await p.waitForFunction(
    (want) => document.querySelectorAll('.tb-flow-canvas .lf-mini-map .lf-node').length === want,
    n,
  )
}

async function nodeCount(p: Page, n: number): Promise<void> {
  await p.waitForFunction(
    (want) => document.querySelectorAll('.tb-flow-canvas .lf-node:not(.lf-mini-map *)').length === want,
    n,
  )
}

test('adding and renaming a node are undone and redone (toolbar and keyboard)', async () => {
  const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
  const list = await api.get<{ items: Array<{ id: string; code: string }> }>('/api/matters?code=YX-DA-001')
  await api.close()
  const matter = list.items.find((m) => m.code === 'YX-DA-001')
  expect(matter).toBeDefined()
  await page.goto(`/designer/matters/${encodeURIComponent(matter!.id)}/flow`)
  const nodes = onCanvas(page, '.lf-node')
  await nodes.first().waitFor()
  const start = await nodes.count()
  await minimapCount(page, start)
  const canvas = await page.getByTestId('flow-canvas').boundingBox()
  if (!canvas) throw new Error('no canvas')

  await dropNode(page, 'cc', { x: canvas.x + canvas.width - 160, y: canvas.y + 60 })
  await page.getByTestId('node-name').fill('抄送档案科')
  await nodeNamed(page, '抄送档案科').waitFor()
  await nodeCount(page, start + 1)
  await minimapCount(page, start + 1)

  await page.getByTestId('undo').click() // the rename
  await nodeNamed(page, '抄送档案科').waitFor({ state: 'detached' })
  await page.getByTestId('undo').click() // the new node
  await nodeCount(page, start)
  await minimapCount(page, start)
  await page.getByTestId('redo').click()
  await nodeCount(page, start + 1)
  await page.getByTestId('redo').click()
  await nodeNamed(page, '抄送档案科').waitFor()

  // the same through the keyboard, with the canvas focused
  await page.getByTestId('flow-canvas').focus()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await nodeCount(page, start)
  await page.keyboard.press('Control+y')
  await nodeCount(page, start + 1)
  await page.keyboard.press('Control+Shift+KeyZ')
  await nodeNamed(page, '抄送档案科').waitFor()
  await expect(page.getByTestId('redo').isDisabled()).resolves.toBe(true)
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})
