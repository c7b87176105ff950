import path from 'node:path'
import { buildAppIfStale, REPO_ROOT, SHARED_APP_SOURCES, startE2eServer } from '@tongban/server/testing'

const pkg = path.resolve(__dirname, '..', '..')

/**
 * Build the designer, and the workbench (where the designed matter's case is started and
 * approved), into test-artifacts/ when their sources (or the packages they bundle) changed since,
 * then start the real server on a free port with a fresh DATA_DIR and the examples seeded, serving
 * both apps (`TB_E2E_BASE_URL` with `TB_E2E_PASSWORD` reuses a server you started yourself).
 */
export default async function globalSetup(): Promise<void> {
  const designer = path.join(pkg, 'test-artifacts', 'e2e-dist')
  buildAppIfStale({
    dir: pkg,
    outDir: designer,
    sources: [
      path.join(pkg, 'src'),
      path.join(pkg, 'index.html'),
      path.join(pkg, 'vite.config.mts'),
      path.join(REPO_ROOT, 'runtime', 'flow-engine', 'src'),
      ...SHARED_APP_SOURCES,
    ],
  })
  const app = path.join(REPO_ROOT, 'runtime', 'workbench')
  const workbench = path.join(pkg, 'test-artifacts', 'workbench-dist')
  buildAppIfStale({
    dir: app,
    outDir: workbench,
    sources: [path.join(app, 'src'), path.join(app, 'index.html'), path.join(app, 'vite.config.mts'), ...SHARED_APP_SOURCES],
  })
  await startE2eServer({ workbench, designer })
}
