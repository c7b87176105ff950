// Open built stories (storybook-static/) in headless Chromium and report rendering errors.
// Usage: node bench/check-stories.mjs [story-id …]
import { chromium } from 'playwright-core'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url))
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'))
const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(index.entries).filter((id) => index.entries[id].type === 'story')
const { server, port } = await serve(root)
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-stories-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const results = []
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  await page.setViewportSize({ width: 1200, height: 800 })
  for (const id of ids) {
    const errors = []
    const onError = (e) => errors.push(String(e).slice(0, 200))
    page.on('pageerror', onError)
    await page.goto(`http://127.0.0.1:${port}/designer/iframe.html?id=${id}&viewMode=story`)
    await page.waitForTimeout(1200)
    const text = (await page.locator('#storybook-root').innerText().catch(() => '')).length
    const svgNodes = await page.locator('.tb-node:not(.lf-mini-map *)').count()
    const shown = await page.locator('.sb-show-errordisplay').count()
    results.push({ id, textLength: text, svgNodes, errors, errorDisplay: shown })
    page.off('pageerror', onError)
    if (id.includes('every-node-type')) await page.screenshot({ path: '/tmp/story-nodes.png' })
  }
} finally {
  await ctx.close()
  server.close()
}
for (const r of results) console.log(JSON.stringify(r))
const bad = results.filter((r) => r.errors.length || r.errorDisplay || (!r.textLength && !r.svgNodes))
console.log(`stories=${results.length} failing=${bad.length}`)
process.exitCode = bad.length ? 1 : 0
