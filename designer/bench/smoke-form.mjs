// Interaction check of the form designer on a sample matter (no server): drag a widget in, set it
// required, add a linkage rule, undo, preview at 375 px, and the JSON view's verdict.
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from './serve.mjs'

const { server, port } = await serve()
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-designer-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const out = {}
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`http://127.0.0.1:${port}/designer/matters/m-archive-lookup/form`)
  await page.getByTestId('form-canvas').waitFor()
  const cards = page.locator('[data-testid^="field-"]')
  out.initial = await cards.count()
  const src = await page.getByTestId('palette-component:Input').boundingBox()
  const dst = await page.getByTestId('field-phone').boundingBox()
  await page.mouse.move(src.x + 20, src.y + 8)
  await page.mouse.down()
  await page.mouse.move(src.x + 40, src.y + 20, { steps: 4 })
  await page.mouse.move(dst.x + 200, dst.y + 10, { steps: 12 })
  await page.mouse.up()
  await page.waitForTimeout(300)
  out.afterDrop = await cards.count()
  out.order = (await page.getByTestId('form-canvas').innerText()).split('\n').filter((l) => /^[a-zA-Z_0-9]+$/.test(l)).slice(0, 6)
  out.panelTitle = await page.getByTestId('field-title').inputValue().catch(() => null)
  await page.getByTestId('field-title').fill('邮箱')
  await page.getByTestId('field-required').click()
  out.afterEdit = await page.getByTestId('form-canvas').innerText().then((t) => t.includes('邮箱'))
  await page.getByTestId('undo').click()
  await page.getByTestId('undo').click()
  await page.getByTestId('undo').click()
  await page.waitForTimeout(200)
  out.afterUndo = await cards.count()
  await page.getByRole('tab', { name: '预览' }).click()
  await page.getByText('手机 375px').click()
  await page.waitForTimeout(800)
  out.previewText = (await page.getByTestId('form-preview').innerText()).split('\n').slice(0, 8)
  await page.screenshot({ path: '/tmp/designer-form-preview.png' })
  await page.getByRole('tab', { name: 'JSON' }).click()
  await page.waitForTimeout(300)
  out.jsonAlerts = await page.getByTestId('json-view').locator('.ant-alert').count()
  out.errors = errors
} finally {
  await ctx.close()
  server.close()
}
console.log(JSON.stringify(out, null, 1))
