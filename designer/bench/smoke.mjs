// Browser smoke check of the built designer (no server): open the flow designer on a sample
// matter and report what rendered. Usage: node bench/smoke.mjs [path]
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from './serve.mjs'

const path = process.argv[2] ?? '/designer/matters/m-archive-lookup/flow'
const { server, port } = await serve()
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-designer-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`http://127.0.0.1:${port}${path}`)
  await page.waitForTimeout(2500)
  const nodes = await page.locator('.tb-flow-canvas .tb-node:not(.lf-mini-map *)').count()
  console.log(JSON.stringify({ path, nodes, errors: errors.filter((e) => !e.includes('404')) }, null, 1))
  await page.screenshot({ path: process.argv[3] ?? '/tmp/designer-smoke.png' })
} finally {
  await ctx.close()
  server.close()
}
