import type { RequestHandler } from 'express'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** Prometheus metrics of one app instance (its own registry, so tests can run several apps). */
export interface Metrics {
  registry: Registry
  httpDuration: Histogram<'method' | 'route' | 'status'>
  taskActions: Counter<'action' | 'result'>
  jobsRun: Counter<'task' | 'result'>
  /** Saves per save statement (group commit, see SaveBatcher). */
  saveStatementSaves: Histogram
  /** Save statements that failed and were retried save by save. */
  saveStatementsSplit: Counter
  /** Save statements that ran past the stall limit (the saves behind them went in another). */
  saveStatementsStalled: Counter
}

export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'tongban_' })
  return {
    registry,
    httpDuration: new Histogram({
      name: 'tongban_http_request_duration_seconds',
      help: 'HTTP request duration by route',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    taskActions: new Counter({
      name: 'tongban_task_actions_total',
      help: 'Task actions by action and result',
      labelNames: ['action', 'result'],
      registers: [registry],
    }),
    jobsRun: new Counter({
      name: 'tongban_jobs_total',
      help: 'Queue jobs run by task and result',
      labelNames: ['task', 'result'],
      registers: [registry],
    }),
    saveStatementSaves: new Histogram({
      name: 'tongban_save_statement_saves',
      help: 'Task-action saves carried by one save statement (group commit)',
      buckets: [1, 2, 4, 8, 16],
      registers: [registry],
    }),
    saveStatementsSplit: new Counter({
      name: 'tongban_save_statements_split_total',
      help: 'Save statements that failed and were retried save by save',
      registers: [registry],
    }),
    saveStatementsStalled: new Counter({
      name: 'tongban_save_statements_stalled_total',
      help: 'Save statements still running after the stall limit, most often waiting for a row lock (the saves behind them went in another statement)',
      registers: [registry],
    }),
  }
}

/** Time every request; label by the matched route pattern (not the raw URL: bounded cardinality). */
export function metricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer()
    res.on('finish', () => {
      // Routes under /api/<area> sit on the area's sub-router: its path is relative to baseUrl.
      const sub = req.route?.path === '/' && req.baseUrl ? '' : String(req.route?.path)
      const route = req.route?.path ? `${req.baseUrl}${sub}` : 'unmatched'
      end({ method: req.method, route, status: String(res.statusCode) })
    })
    next()
  }
}
