import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { startServer } from './server'

const pkg = path.resolve(__dirname, '..', '..')
// Built into our own folder, not dist/: `npm run bench:form` and `npm run build` rebuild dist/ and
// would swap the files under a running suite.
const dist = path.join(pkg, 'test-artifacts', 'e2e-dist')

/**
 * Build the workbench when its sources (or the renderer's) are newer than the last e2e build, then start the
 * real server on a free port with a fresh DATA_DIR and the examples seeded. `TB_E2E_BASE_URL`
 * (with `TB_E2E_PASSWORD`) reuses a server you started yourself instead.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  if (needsBuild()) {
    execFileSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], {
      cwd: pkg,
      stdio: 'inherit',
      // jest sets NODE_ENV=test, which would give a development build of React.
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  if (process.env.TB_E2E_BASE_URL) return
  const password = `E2e-${crypto.randomBytes(6).toString('hex')}`
  const server = await startServer({ workbenchDist: dist, password })
  process.env.TB_E2E_BASE_URL = server.baseUrl
  process.env.TB_E2E_PASSWORD = password
  process.env.TB_E2E_SERVER_PID = String(server.pid)
  process.env.TB_E2E_DATA_DIR = server.dataDir
  process.stdout.write(
    `\n[e2e] server ${server.baseUrl} ready after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  )
}

// helpers

function viteBin(): string {
  for (let dir = pkg; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js')
    if (fs.existsSync(bin)) return bin
  }
  throw new Error('vite is not installed')
}

function needsBuild(): boolean {
  const index = path.join(dist, 'index.html')
  if (!fs.existsSync(index)) return true
  const built = fs.statSync(index).mtimeMs
  const roots = [
    path.join(pkg, 'src'),
    path.join(pkg, 'bench'),
    path.join(pkg, '..', 'form-renderer', 'src'),
    path.join(pkg, '..', 'form-core', 'src'),
    path.join(pkg, '..', '..', 'schemas', 'src'),
  ]
  return roots.some((r) => newer(r, built))
}

function newer(dir: string, than: number): boolean {
  if (!fs.existsSync(dir)) return false
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory() ? newer(p, than) : fs.statSync(p).mtimeMs > than) return true
  }
  return false
}
