import path from 'node:path'
import { buildAppIfStale, SHARED_APP_SOURCES, startE2eServer } from '@tongban/server/testing'

const pkg = path.resolve(__dirname, '..', '..')

/**
 * Build the workbench into test-artifacts/e2e-dist when its sources (or the packages it bundles)
 * changed since, then start the real server on a free port with a fresh DATA_DIR and the examples
 * seeded (`TB_E2E_BASE_URL` with `TB_E2E_PASSWORD` reuses a server you started yourself).
 */
export default async function globalSetup(): Promise<void> {
  const workbench = path.join(pkg, 'test-artifacts', 'e2e-dist')
  buildAppIfStale({
    dir: pkg,
    outDir: workbench,
    sources: [path.join(pkg, 'src'), path.join(pkg, 'index.html'), path.join(pkg, 'vite.config.mts'), ...SHARED_APP_SOURCES],
  })
  await startE2eServer({ workbench })
}
