/** @tongban/server — the API server. Entry points for tests, tools and embedding. */
export { createApp, type App, type AppDeps } from './app'
export { startServer, type RunningServer } from './server'
export { loadConfig, type Config } from './config'
export { migrate, createPool, inTransaction } from './libraries/db'
export { migrateQueue, enqueue } from './libraries/queue/queue'
// Seeding a database with the examples (what `npm run seed` and a fresh `npm start` do), and its parts.
export {
  seedExamples,
  seedCalendars,
  isEmpty,
  resetDatabase,
  type SeedResult,
} from './components/seed/domain/seed-examples'
export { importDirectory } from './components/directory/domain/import-directory'
export { importBundle, type Actor } from './components/matters/domain/matters-service'
// What a tool writing cases directly needs to stay in step with the server.
export { TIMER_TASK } from './components/cases/domain/persist-transition'
export { rebuildAllFacts, monitoringJobs, type BulkBuildResult } from './components/monitoring'
export { getCalendar, resolveCalendar } from './components/calendar-admin/data-access/calendar-repository'
