import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import type { Pool } from '../../../../libraries/db'
import type { Metrics } from '../../../../libraries/http/metrics'
import { AppError } from '../../../../libraries/errors/app-error'

export interface HealthState {
  /** Set when shutdown begins: load balancers stop sending traffic. */
  shuttingDown: boolean
}

export function healthRoutes(pool: Pool, metrics: Metrics, state: HealthState): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      summary: '健康检查（含数据库） / Liveness and database check',
      tag: 'ops',
      access: 'public',
      handler: async () => {
        if (state.shuttingDown)
          throw new AppError('shutting-down', '服务正在停止', 503, 'Server is shutting down')
        try {
          await pool.query('SELECT 1')
        } catch {
          throw new AppError('database-unavailable', '数据库不可用', 503, 'Database unavailable')
        }
        return { status: 'ok', database: 'ok' }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/metrics',
      summary: 'Prometheus 指标 / Prometheus metrics',
      tag: 'ops',
      access: 'public',
      success: { status: 200, description: 'text/plain exposition format' },
      handler: async (_req, res) => {
        res.type(metrics.registry.contentType).send(await metrics.registry.metrics())
      },
    }),
  ]
}
