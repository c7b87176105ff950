// `npm run bench -w @tongban/designer`: builds the bench page, opens it in headless Chromium and
// prints flow_render_ms (300-node flow on the LogicFlow canvas) and form_edit_ms (one edit on a
// 150-field form through the command stack, re-rendered), medians of several runs.
import { chromium } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url))
const build = spawnSync(process.execPath, [vite, 'build', '--config', join(here, 'vite.bench.config.mts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: join(here, '..') })
if (build.status !== 0) process.exit(build.status ?? 1)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const { server, port } = await serve(join(here, 'dist'))
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-bench-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  await page.setViewportSize({ width: 1400, height: 900 })
  const flowRuns = []
  const flowPartial = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`http://127.0.0.1:${port}/designer/index.html`)
    await page.waitForFunction(() => window.tongbanBench)
    flowRuns.push(await page.evaluate(() => window.tongbanBench.flowRender(300, false)))
    flowPartial.push(await page.evaluate(() => window.tongbanBench.flowRender(300, true)))
  }
  await page.goto(`http://127.0.0.1:${port}/designer/index.html`)
  await page.waitForFunction(() => window.tongbanBench)
  const edits = await page.evaluate(() => window.tongbanBench.formEdit(150, 15))
  console.log(`load_avg_1m=${loadavg()[0].toFixed(1)} (timings scale with other processes on the machine)`)
  console.log(`flow_render_runs_ms=${flowRuns.map((x) => x.toFixed(0)).join(',')} flow_render_partial_ms=${median(flowPartial).toFixed(0)}`)
  console.log(`form_edit_runs_ms=${edits.map((x) => x.toFixed(1)).join(',')}`)
  console.log(`flow_render_ms=${median(flowRuns).toFixed(0)}`)
  console.log(`form_edit_ms=${median(edits).toFixed(1)}`)
} finally {
  await ctx.close()
  server.close()
}
