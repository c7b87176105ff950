/** @tongban/server — the API server. Entry points for tests, tools and embedding. */
export { createApp, type App, type AppDeps } from './app'
export { startServer, type RunningServer } from './server'
export { loadConfig, type Config } from './config'
export { migrate, createPool, inTransaction } from './libraries/db'
