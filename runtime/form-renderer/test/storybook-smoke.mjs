// Opens every story of a built Storybook in Debian's Chromium and fails on page errors or an empty
// story; saves screenshots of the form stories under test-artifacts/ (not committed).
// Usage: npm run build-storybook && node test/storybook-smoke.mjs [storybook-static]
import { createServer } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { chromium } from 'playwright-core'

const root = resolve(process.argv[2] ?? 'storybook-static')
const artifacts = resolve('test-artifacts')
mkdirSync(artifacts, { recursive: true })
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' }
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname))
  if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end()
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}`
const profile = mkdtempSync(join(tmpdir(), 'fr-chrome-'))
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const failures = []
try {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'))
  const ids = Object.keys(index.entries).filter((id) => index.entries[id].type === 'story')
  const page = await ctx.newPage()
  for (const id of ids) {
    const errors = []
    const onError = (e) => errors.push(String(e))
    const onConsole = (m) => m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text()) && errors.push(m.text())
    page.on('pageerror', onError)
    page.on('console', onConsole)
    const on404 = (r) => r.status() === 404 && errors.push('404 ' + r.url())
    page.on('response', on404)
    if (id.includes('mobile')) await page.setViewportSize({ width: 375, height: 900 })
    else await page.setViewportSize({ width: 1024, height: 900 })
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`)
    await page.waitForSelector('.tongban-form', { timeout: 15000 }).catch(() => errors.push('no .tongban-form rendered'))
    await page.waitForTimeout(150)
    if (id.includes('mobile')) {
      // At 375 px nothing may scroll sideways (a table may scroll inside its own box).
      const wide = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('.tongban-form')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.className || e.tagName} scrollWidth=${e.scrollWidth} clientWidth=${e.clientWidth}`),
      )
      if (wide.length) errors.push(`overflows sideways at 375 px: ${wide.join(', ')}`)
      // …nor squeeze: one field per grid row, and table inputs keep a usable width.
      const squeezed = await page.evaluate(() => [
        ...[...document.querySelectorAll('.ant-formily-grid-layout')]
          .filter((g) => getComputedStyle(g).gridTemplateColumns.trim().split(/\s+/).length > 1)
          .map((g) => `FormGrid columns: ${getComputedStyle(g).gridTemplateColumns}`),
        ...[...document.querySelectorAll('.ant-table input')]
          .filter((i) => i.getBoundingClientRect().width < 48)
          .map((i) => `table input ${Math.round(i.getBoundingClientRect().width)} px wide`),
      ])
      if (squeezed.length) errors.push(`squeezed at 375 px: ${squeezed.join(', ')}`)
    }
    if (id === 'form-large--two-hundred-fields') {
      await page.click('[data-testid=validate]')
      await page.waitForFunction(() => document.querySelector('[data-testid=validate-ms]')?.textContent)
      const text = await page.evaluate(() => ['render-ms', 'validate-ms'].map((t) => document.querySelector(`[data-testid=${t}]`)?.textContent).join('; '))
      console.log(`${id}: ${text} (one run, not a median)`)
    }
    if (id.startsWith('form-') && !id.startsWith('form-large')) await page.screenshot({ path: join(artifacts, `${id}.png`), fullPage: true })
    page.off('pageerror', onError)
    page.off('console', onConsole)
    page.off('response', on404)
    if (errors.length) failures.push(`${id}: ${errors.join(' | ')}`)
  }
  console.log(`stories=${ids.length} failed=${failures.length}`)
  for (const f of failures) console.log(`  ✗ ${f}`)
} finally {
  await ctx.close()
  server.close()
  rmSync(profile, { recursive: true, force: true })
}
process.exit(failures.length ? 1 : 0)
