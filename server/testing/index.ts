// Test harness for suites that run against the real server (the apps' end-to-end tests): start it
// from its sources with a fresh embedded PostgreSQL, build the apps it serves when stale.
export { buildAppIfStale, REPO_ROOT, SHARED_APP_SOURCES } from './app-build'
export {
  e2eEnv,
  startE2eServer,
  startServer,
  stopE2eServer,
  stopServer,
  type AppDists,
  type RunningServer,
} from './e2e-server'
