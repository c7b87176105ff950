import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { startServer } from './server'

const pkg = path.resolve(__dirname, '..', '..')
const dist = path.join(pkg, 'dist')
const workbench = path.join(pkg, '..', 'runtime', 'workbench')
// The workbench is built into our own folder: its helpers rebuild runtime/workbench/dist while we run.
const workbenchDist = path.join(pkg, 'test-artifacts', 'workbench-dist')

/**
 * Build the designer when its sources (or the packages it bundles) are newer than dist/, and the
 * workbench (where the designed matter's case is started and approved) into test-artifacts/ when
 * its sources are newer than that copy, then start the real server on a free port with a fresh
 * DATA_DIR and the examples seeded, serving both apps. `TB_E2E_BASE_URL`
 * (with `TB_E2E_PASSWORD`) reuses a server you started yourself instead. Same mechanism as the
 * workbench's e2e/support (copied, not imported: packages do not reach into each other).
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  if (needsBuild(dist, designerSources)) viteBuild(pkg, [])
  if (process.env.TB_E2E_BASE_URL) return
  if (needsBuild(workbenchDist, workbenchSources))
    viteBuild(workbench, ['--outDir', workbenchDist, '--emptyOutDir'])
  const password = `E2e-${crypto.randomBytes(6).toString('hex')}`
  const server = await startServer({ designerDist: dist, workbenchDist, password })
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

function viteBuild(cwd: string, args: string[]): void {
  execFileSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn', ...args], {
    cwd,
    stdio: 'inherit',
    // jest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

const shared = ['runtime/form-renderer/src', 'runtime/form-core/src', 'schemas/src'].map((p) => path.join(pkg, '..', p))
const designerSources = [path.join(pkg, 'src'), path.join(pkg, 'index.html'), path.join(pkg, 'vite.config.mts'), path.join(pkg, '..', 'runtime', 'flow-engine', 'src'), ...shared]
const workbenchSources = [path.join(workbench, 'src'), path.join(workbench, 'index.html'), path.join(workbench, 'vite.config.mts'), path.join(workbench, 'bench'), ...shared]

function needsBuild(out: string, roots: string[]): boolean {
  const index = path.join(out, 'index.html')
  if (!fs.existsSync(index)) return true
  const built = fs.statSync(index).mtimeMs
  return roots.some((r) => newer(r, built))
}

function newer(file: string, than: number): boolean {
  if (!fs.existsSync(file)) return false
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs > than
  return fs.readdirSync(file).some((name) => newer(path.join(file, name), than))
}
