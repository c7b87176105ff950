import fs from 'node:fs'
import path from 'node:path'
import express, { type Express } from 'express'
import cookieParser from 'cookie-parser'
import type { Config } from './config'
import type { Pool } from './libraries/db'
import type { Logger } from './libraries/logger/logger'
import { createMetrics, metricsMiddleware, type Metrics } from './libraries/http/metrics'
import { requestLogger } from './libraries/http/request-logger'
import { securityHeaders } from './libraries/http/security-headers'
import { mountRoutes, type RouteDefinition } from './libraries/http/define-route'
import { buildOpenApi } from './libraries/http/openapi'
import { apiDocsRouter } from './libraries/http/api-docs'
import { errorHandler, notFoundHandler } from './libraries/errors/error-handler'
import { healthRoutes, type HealthState } from './components/health/entry-points/http/health-routes'
import { auditRoutes } from './components/audit/entry-points/http/audit-routes'
import { authRoutes } from './components/auth/entry-points/http/auth-routes'
import { oidcRoutes } from './components/auth/entry-points/http/oidc-routes'
import { authenticate } from './components/auth/entry-points/http/authenticate'
import { directoryRoutes } from './components/directory/entry-points/http/directory-routes'
import { apiKeyRoutes } from './components/auth/entry-points/http/api-key-routes'
import { matterRoutes } from './components/matters/entry-points/http/matter-routes'
import { caseRoutes } from './components/cases/entry-points/http/case-routes'
import { callbackRoutes } from './components/cases/entry-points/http/callback-routes'
import { taskRoutes } from './components/tasks/entry-points/http/task-routes'
import { webhookRoutes } from './components/webhooks/entry-points/http/webhook-routes'
import { attachmentRoutes } from './components/attachments/entry-points/http/attachment-routes'
import { notificationRoutes } from './components/notifications/entry-points/http/notification-routes'
import { monitoringRoutes } from './components/monitoring'
import { calendarRoutes } from './components/calendar-admin'
import { BundleCache, type CaseDeps } from './components/cases/domain/case-deps'
import { EngineHost } from './components/cases/domain/engine-host'
import { CaseStateCache } from './components/cases/domain/state-cache'
import { SaveBatcher } from './components/cases/domain/save-batcher'
import { SubscriberHint } from './components/webhooks/domain/subscriber-hint'

/** What the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: Config
  pool: Pool
  /** Where one-statement saves run together (createSavePool); without it each save runs alone on `pool`. */
  savePool?: Pool
  logger: Logger
  metrics?: Metrics
  /** Extra routes (tests, later components). */
  extraRoutes?: RouteDefinition[]
  /** The clock the engine reads (tests may fix it). */
  clock?: () => Date
}

export interface App {
  app: Express
  routes: RouteDefinition[]
  metrics: Metrics
  health: HealthState
  /** Shared with the job worker: the same engine host and caches. */
  caseDeps: CaseDeps
}

const VERSION = '0.1.0'

/**
 * Build the Express application (no listen: tests mount it on an ephemeral port).
 * @example const { app } = createApp({ config, pool, logger }); app.listen(0)
 */
export function createApp(deps: AppDeps): App {
  const { config, pool, logger } = deps
  const metrics = deps.metrics ?? createMetrics()
  const health: HealthState = { shuttingDown: false }
  const caseDeps: CaseDeps = {
    pool,
    host: new EngineHost(deps.clock),
    bundles: new BundleCache(),
    states: new CaseStateCache(),
    subscribers: new SubscriberHint(),
    ...(deps.savePool && config.saveStatementsInFlight > 0
      ? {
          saves: new SaveBatcher(deps.savePool, {
            inFlight: config.saveStatementsInFlight,
            maxBatch: 16,
            stallMs: config.saveStatementStallMs,
            onStall: () => metrics.saveStatementsStalled.inc(),
            onStatement: (saves, failed) => {
              metrics.saveStatementSaves.observe(saves)
              if (failed && saves > 1) metrics.saveStatementsSplit.inc()
            },
          }),
        }
      : {}),
    metrics,
  }
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  // One strict policy for every page and the API (script-src 'self', no 'unsafe-eval'): the
  // designer validates with validators precompiled at build time, so nothing compiles code in a browser.
  app.use(securityHeaders())
  app.use(requestLogger(logger))
  app.use(metricsMiddleware(metrics))
  app.use(cookieParser())
  app.use(authenticate({ pool, config }))

  const routes: RouteDefinition[] = [
    ...healthRoutes(pool, metrics, health),
    ...authRoutes({ pool, config }),
    ...oidcRoutes(pool, config),
    ...apiKeyRoutes(pool),
    ...directoryRoutes(pool, config),
    ...matterRoutes(pool),
    ...caseRoutes(caseDeps),
    ...taskRoutes(caseDeps),
    ...callbackRoutes(caseDeps),
    ...attachmentRoutes(caseDeps, config),
    ...notificationRoutes(pool),
    ...webhookRoutes(pool),
    ...monitoringRoutes(pool, deps.clock ? { clock: deps.clock } : {}),
    ...calendarRoutes(pool, deps.clock ? { clock: deps.clock } : {}),
    ...auditRoutes(pool),
    ...(deps.extraRoutes ?? []),
  ]
  const router = express.Router()
  mountRoutes(router, routes, config.jsonLimit)
  app.use(router)

  const openApi = buildOpenApi(routes, VERSION)
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi)
  })
  app.use(apiDocsRouter())
  app.use('/api', notFoundHandler)
  serveApps(app, config)
  app.use(errorHandler(logger))
  return { app, routes, metrics, health, caseDeps }
}

// helpers

/** The built web apps, when present: the designer under /designer/, the workbench at /. */
function serveApps(app: Express, config: Config): void {
  const mounts: Array<[string, string]> = [
    ['/designer', config.designerDist],
    ['/', config.workbenchDist],
  ]
  for (const [prefix, dir] of mounts) {
    const index = path.join(dir, 'index.html')
    const appPaths = prefix === '/' ? /^\/(?!api\/|designer\/).*/ : new RegExp(`^${prefix}(/.*)?$`)
    if (!fs.existsSync(index)) {
      // A checkout that was never built: say so (under the app's own headers) rather than let
      // Express answer a bare 404 that looks like a broken server.
      app.get(appPaths, (_req, res) => {
        res.status(503).type('html').send(notBuiltPage(prefix))
      })
      continue
    }
    app.use(prefix, express.static(dir, { index: false, maxAge: '1h' }))
    // Client-side routing: unknown non-API paths get the app's index.html.
    app.get(appPaths, (_req, res) => {
      res.sendFile(index)
    })
  }
}

function notBuiltPage(prefix: string): string {
  const app = prefix === '/' ? '工作台 (workbench)' : '设计器 (designer)'
  return (
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>协同办</title>` +
    `<p>${app}尚未构建。请在项目根目录运行 <code>npm run build</code> 或 <code>npm start</code>。</p>` +
    `<p lang="en">The ${prefix === '/' ? 'workbench' : 'designer'} has not been built yet: run ` +
    `<code>npm run build</code> (or <code>npm start</code>) at the project root.</p></html>`
  )
}
