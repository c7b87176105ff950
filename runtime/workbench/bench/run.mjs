// npm run bench (root: npm run bench:form): builds the bench page alone into bench/dist (the app's
// dist/, which the e2e suite builds and serves, is left alone), serves it on a free loopback port,
// renders the generated 200-field / 20-rule form in Debian's headless Chromium and prints the
// medians. Targets: first render < 300 ms, validate < 20 ms.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(pkg, 'bench', 'dist')
const runs = Number(process.env.BENCH_RUNS ?? 9)

if (process.env.BENCH_SKIP_BUILD !== '1' || !fs.existsSync(path.join(dist, 'bench', 'index.html'))) {
  let dir = pkg
  while (!fs.existsSync(path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js'))) dir = path.dirname(dir)
  execFileSync(
    process.execPath,
    [path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'bench/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: pkg,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x')
  const file = path.join(dist, path.normalize(url.pathname).replace(/^([/\\])+/, ''))
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
  fs.createReadStream(file).pipe(res)
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const { port } = server.address()

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`http://127.0.0.1:${port}/bench/index.html?runs=${runs}`)
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 300_000 })
  const result = await page.evaluate(() => window.__bench)
  if (result.error) throw new Error(result.error)
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  const load = (await import('node:os')).loadavg()[0].toFixed(1)
  console.log(`form_fields_rendered=${result.fields} runs=${result.render.length} load_average_1m=${load}`)
  console.log(`form_first_render_ms=${median(result.render).toFixed(1)}`)
  console.log(`form_validate_ms=${median(result.validate).toFixed(1)}`)
} finally {
  await browser.close()
  server.close()
}
