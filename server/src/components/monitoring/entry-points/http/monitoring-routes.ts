import { Type } from '@sinclair/typebox'
import type { Request } from 'express'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import type { Pool } from '../../../../libraries/db'
import { errors } from '../../../../libraries/errors/app-error'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import {
  breakdown,
  caseInScope,
  caseList,
  caseCalendar,
  caseTrace,
  nodeTimes,
  refreshedAt,
  summary,
  trend,
  type Dimension,
  type Period,
} from '../../data-access/figures-repository'
import { refreshFacts } from '../../data-access/facts-refresh'
import { FILTER_QUERY, MEASURES, parseFilter } from '../../domain/monitoring-filter'
import { monitoringScope, resolveScope } from '../../domain/monitoring-scope'
import { streamExcel } from '../../domain/excel-export'
import { EXPORT_COLUMNS, type ExportTable, EXPORT_TABLES } from './export-columns'

export interface MonitoringRouteOptions {
  /** The present (tests fix it). */
  clock?: () => Date
}

const DIMENSIONS: Dimension[] = ['matter', 'department', 'region']

/** The answer of `GET /api/monitoring/scope` (documented in OpenAPI). */
const MonitoringScopeView = Type.Object(
  {
    kind: Type.Union([Type.Literal('all'), Type.Literal('region'), Type.Literal('department'), Type.Literal('none')]),
    orgIds: Type.Array(Type.String(), { description: '范围内机构（含下级）；all/none 为空 / organisations in scope' }),
    label: Type.String({ description: '显示名称 / display name (Chinese)' }),
    labelEn: Type.String(),
  },
  { additionalProperties: false },
)
const PERIODS: Period[] = ['month', 'week', 'day']

/**
 * 全流程监控 API: figures over one filter object, drill-down to the cases behind any figure, a case
 * trace, Excel export of any table, and (administrators) a refresh of the fact tables.
 */
export function monitoringRoutes(pool: Pool, options: MonitoringRouteOptions = {}): RouteDefinition[] {
  const now = options.clock ?? (() => new Date())
  const scopeOf = (req: Request) => monitoringScope(pool, principalOf(req))
  const dimension = (req: Request): Dimension => oneOf(req, 'by', DIMENSIONS, 'department')
  const period = (req: Request): Period => oneOf(req, 'period', PERIODS, 'month')

  const tables: Record<
    ExportTable,
    (req: Request) => Promise<AsyncIterable<Record<string, unknown>> | Array<Record<string, unknown>>>
  > = {
    summary: async (req) => [await summary(pool, await scopeOf(req), parseFilter(req.query))],
    breakdown: async (req) => breakdown(pool, await scopeOf(req), parseFilter(req.query), dimension(req)),
    ranking: async (req) =>
      breakdown(pool, await scopeOf(req), parseFilter(req.query), 'department', 'onTimeRate'),
    trend: async (req) => trend(pool, await scopeOf(req), parseFilter(req.query), period(req)),
    nodes: async (req) => nodeTimes(pool, await scopeOf(req), parseFilter(req.query)),
    cases: async (req) => allCases(req),
  }
  async function* allCases(req: Request): AsyncIterable<Record<string, unknown>> {
    const scope = await scopeOf(req)
    const filter = parseFilter(req.query)
    for (let offset = 0; offset < 50_000; offset += 1000) {
      const page = await caseList(pool, scope, filter, { limit: 1000, offset, count: false })
      yield* page.items
      if (page.items.length < 1000) return
    }
  }

  return [
    defineRoute({
      method: 'get',
      path: '/api/monitoring/scope',
      summary:
        '当前用户的监控范围：kind = all（全部）/ region（区域及下级）/ department（所负责部门及下级）/ none（无，不显示入口）；orgIds 为范围内机构，label 为名称 / The caller\'s monitoring scope',
      tag: 'monitoring',
      access: 'monitoring:read',
      success: {
        status: 200,
        description: 'the scope (kind none: 200, every other monitoring route answers 403 monitoring.no-scope)',
        schema: MonitoringScopeView,
        schemaName: 'MonitoringScopeView',
      },
      handler: async (req) => resolveScope(pool, principalOf(req)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/summary',
      summary:
        '监控总览：量、按时率、逾期、平均/P90 办理时长、退回、驳回、网办率、黄红牌；refreshedAt 为事实表刷新时间（数据最多滞后约一分钟） / Totals over the filter; refreshedAt: when the facts were last refreshed (up to a minute behind)',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: FILTER_QUERY,
      handler: async (req) => ({
        ...(await summary(pool, await scopeOf(req), parseFilter(req.query))),
        refreshedAt: await refreshedAt(pool),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/breakdown',
      summary: '按事项/部门/区域分组的指标 / Figures by matter, department or region',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: [...FILTER_QUERY, { name: 'by', description: '分组维度 / dimension', enum: DIMENSIONS }],
      handler: async (req) => ({
        by: dimension(req),
        items: await breakdown(pool, await scopeOf(req), parseFilter(req.query), dimension(req)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/ranking',
      summary: '部门排名（按时率高者在前，平均时长短者在前） / Department ranking by on-time rate',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: FILTER_QUERY,
      handler: async (req) => ({
        items: await breakdown(pool, await scopeOf(req), parseFilter(req.query), 'department', 'onTimeRate'),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/trend',
      summary:
        '趋势（按月/周/日；首末周期之间无办件的周期以 0 补齐） / Trend by month, week or day of submission; empty periods between the first and the last are zeros',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: [...FILTER_QUERY, { name: 'period', description: '周期 / period', enum: PERIODS }],
      handler: async (req) => ({
        period: period(req),
        items: await trend(pool, await scopeOf(req), parseFilter(req.query), period(req)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/nodes',
      summary: '各环节耗时（瓶颈，最慢在前） / Time spent in each node, slowest first',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: FILTER_QUERY,
      handler: async (req) => ({ items: await nodeTimes(pool, await scopeOf(req), parseFilter(req.query)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/cases',
      summary:
        '下钻：指标背后的办件列表（同一筛选 + measure）；total 最多计到 1000，totalCapped=true 表示超过 1000 件（请用筛选缩小范围） / Drill-down: the cases behind a figure; total stops at 1000, totalCapped=true means more',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: [
        ...FILTER_QUERY,
        { name: 'measure', description: '指标 / which figure', enum: [...MEASURES] },
        { name: 'nodeId', description: '经过此环节 / passed this node' },
        { name: 'limit', description: '条数，最多 200' },
        { name: 'offset', description: '偏移' },
      ],
      handler: async (req) =>
        caseList(pool, await scopeOf(req), parseFilter(req.query), {
          limit: queryInt(req, 'limit', 20, 200),
          offset: queryInt(req, 'offset', 0, 1_000_000),
        }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/cases/:id/trace',
      summary:
        '办件轨迹：跨部门每一步（谁、哪个部门、代哪个部门办理、何时、用时：未完成的环节计至当前，按办件的工作日历）；补正暂停及其工作日时长 / Case trace: every step with its department, working days (open steps up to now), 补正 pauses',
      tag: 'monitoring',
      access: 'monitoring:read',
      handler: async (req) => {
        const id = param(req, 'id')
        const scope = await scopeOf(req)
        if (!(await caseInScope(pool, scope, id))) throw errors.notFound('办件', 'Case', id)
        return caseTrace(pool, id, await caseCalendar(pool, id), now())
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/monitoring/export',
      summary: '导出任一表格为 Excel（流式） / Export any table to Excel (streamed)',
      tag: 'monitoring',
      access: 'monitoring:read',
      query: [
        ...FILTER_QUERY,
        { name: 'table', description: '表格 / table', enum: [...EXPORT_TABLES] },
        { name: 'by', description: 'breakdown 的维度', enum: DIMENSIONS },
        { name: 'period', description: 'trend 的周期', enum: PERIODS },
        { name: 'measure', description: 'cases 的指标', enum: [...MEASURES] },
        { name: 'nodeId', description: 'cases：经过此环节 / cases that passed this node' },
      ],
      success: {
        status: 200,
        description: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      handler: async (req, res) => {
        const table = oneOf(req, 'table', EXPORT_TABLES, 'summary')
        const rows = await tables[table](req)
        const spec = EXPORT_COLUMNS[table]
        await streamExcel(res, `${spec.fileName}.xlsx`, spec.sheet, spec.columns, rows)
        return undefined
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/monitoring/refresh',
      summary: '刷新监控事实表（管理员；full=true 全量重算） / Refresh the monitoring fact tables',
      tag: 'monitoring',
      access: 'directory:write',
      query: [{ name: 'full', description: 'true: 全量重算 / recompute every case' }],
      handler: async (req) => {
        const full = queryString(req, 'full') === 'true'
        const result = await refreshFacts(pool, { now: now(), full })
        await appendAudit(pool, {
          ...auditBase(principalOf(req), metaOf(req)),
          action: 'monitoring.refresh',
          targetType: 'monitoring',
          data: { full, cases: result.cases },
        })
        return result
      },
    }),
  ]
}

// helpers

function oneOf<T extends string>(req: Request, name: string, allowed: readonly T[], fallback: T): T {
  const v = queryString(req, name)
  if (v === undefined) return fallback
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw errors.validation([
    {
      path: `/query/${name}`,
      code: 'query.enum',
      message: `${name} 必须是 ${allowed.join('/')}`,
      messageEn: `${name} must be one of ${allowed.join(', ')}`,
    },
  ])
}
