// Interaction check of the flow designer on a sample matter (no server): drag a node from the
// palette, connect it, edit its name, undo and redo. Prints what the canvas showed at each step.
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
  await page.goto(`http://127.0.0.1:${port}/designer/matters/m-archive-lookup/flow`)
  const nodes = page.locator('.tb-flow-canvas .tb-node:not(.lf-mini-map *)')
  await nodes.first().waitFor()
  out.initial = await nodes.count()
  // drag "抄送" from the palette onto the canvas
  const item = await page.getByTestId('palette-cc').boundingBox()
  await page.mouse.move(item.x + 20, item.y + 10)
  await page.mouse.down()
  await page.mouse.move(500, 650, { steps: 10 })
  await page.mouse.up()
  await page.waitForTimeout(300)
  out.afterDrop = await nodes.count()
  out.panelAfterDrop = await page.getByTestId('node-name').inputValue().catch(() => null)
  // rename through the property panel
  await page.getByTestId('node-name').fill('抄送档案科')
  await page.waitForTimeout(200)
  out.titles = await page.locator('.tb-flow-canvas .tb-node-title:not(.lf-mini-map *)').allTextContents()
  // connect the new node to the end node: drag from its right anchor
  const cc = await page.locator('.tb-flow-canvas .tb-node-cc:not(.lf-mini-map *) rect').first().boundingBox()
  await page.mouse.move(cc.x + cc.width / 2, cc.y + cc.height / 2)
  await page.waitForTimeout(150)
  const anchors = page.locator('.tb-flow-canvas .lf-anchor:not(.lf-mini-map *)')
  out.anchorsShown = await anchors.count()
  const endBox = await page.locator('.tb-flow-canvas .tb-node-end:not(.lf-mini-map *) circle').first().boundingBox()
  const right = { x: cc.x + cc.width, y: cc.y + cc.height / 2 }
  await page.mouse.move(right.x, right.y)
  await page.mouse.down()
  await page.mouse.move(endBox.x + endBox.width / 2, endBox.y + endBox.height / 2, { steps: 12 })
  await page.mouse.up()
  await page.waitForTimeout(300)
  out.issuesAfterConnect = await page.getByTestId('issues-panel').innerText()
  out.edgesAfterConnect = await page.locator('.tb-flow-canvas .lf-edge:not(.lf-mini-map *)').count()
  await page.getByTestId('undo').click()
  await page.waitForTimeout(200)
  out.edgesAfterUndoConnect = await page.locator('.tb-flow-canvas .lf-edge:not(.lf-mini-map *)').count()
  await page.getByTestId('redo').click()
  await page.waitForTimeout(200)
  // undo twice (connect, rename, add), redo once
  await page.getByTestId('undo').click()
  await page.getByTestId('undo').click()
  await page.getByTestId('undo').click()
  await page.waitForTimeout(200)
  out.afterUndo = await nodes.count()
  await page.getByTestId('redo').click()
  await page.waitForTimeout(200)
  out.afterRedo = await nodes.count()
  // click the "leader" node: its panel shows the multi-mode radio
  await page.locator('.tb-flow-canvas .tb-node-approval:not(.lf-mini-map *)').first().click()
  out.selectedPanel = await page.getByTestId('node-name').inputValue()
  out.issues = await page.getByTestId('issues-panel').innerText()
  // move the end node by dragging; undo puts it back
  const end = page.locator('.tb-flow-canvas .tb-node-end:not(.lf-mini-map *) circle').first()
  const box = await end.boundingBox()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 40, box.y + 160, { steps: 8 })
  await page.mouse.up()
  await page.waitForTimeout(200)
  out.endMoved = Math.round((await end.boundingBox()).y - box.y)
  await page.getByTestId('undo').click()
  await page.waitForTimeout(200)
  out.endAfterUndo = Math.round((await end.boundingBox()).y - box.y)
  // engine preview with classified archives: the leader's approval is on the path
  await page.getByRole('tab', { name: '流程预测' }).click()
  await page.getByTestId('preview-data').fill(JSON.stringify({ purpose: '查档', classified: true, secrecyLevel: 'secret', phone: '13800000000', records: [] }))
  await page.getByTestId('preview-run').click()
  await page.waitForTimeout(500)
  out.preview = (await page.getByTestId('preview-panel').innerText()).split('\n').slice(-12)
  out.errors = errors
  await page.screenshot({ path: '/tmp/designer-flow-interaction.png' })
} finally {
  await ctx.close()
  server.close()
}
console.log(JSON.stringify(out, null, 1))
