import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Build an app with Vite into `outDir` when any of `sources` (files or folders) is newer than the
 * last build there. The e2e suites build into their own folders, not dist/: `npm run build` and the
 * benchmarks rewrite dist/ and would swap the files under a running suite.
 */
export function buildAppIfStale(app: { dir: string; outDir: string; sources: readonly string[] }): void {
  const index = path.join(app.outDir, 'index.html')
  if (fs.existsSync(index)) {
    const built = fs.statSync(index).mtimeMs
    if (!app.sources.some((s) => newer(s, built))) return
  }
  execFileSync(process.execPath, [viteBin(app.dir), 'build', '--logLevel', 'warn', '--outDir', app.outDir, '--emptyOutDir'], {
    cwd: app.dir,
    stdio: 'inherit',
    // jest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

/** The repository root (the apps' sources are named from here). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..')

/** Sources every app bundles besides its own: the renderer, the form core and the schemas. */
export const SHARED_APP_SOURCES = ['runtime/form-renderer/src', 'runtime/form-core/src', 'schemas/src'].map((p) =>
  path.join(REPO_ROOT, p),
)

// helpers

function viteBin(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js')
    if (fs.existsSync(bin)) return bin
  }
  throw new Error('vite is not installed')
}

function newer(file: string, than: number): boolean {
  if (!fs.existsSync(file)) return false
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs > than
  return fs.readdirSync(file).some((name) => newer(path.join(file, name), than))
}
