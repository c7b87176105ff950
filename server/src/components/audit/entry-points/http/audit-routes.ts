import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { queryInt, queryString } from '../../../../libraries/http/request'
import type { Pool } from '../../../../libraries/db'
import { listAudit } from '../../data-access/audit-repository'

export function auditRoutes(pool: Pool): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: '审计日志（新的在前，按 id 翻页） / Audit log, newest first, keyset paging',
      tag: 'audit',
      access: 'audit:read',
      query: [
        { name: 'actorId', description: '操作人' },
        { name: 'action', description: '动作，如 auth.login' },
        { name: 'targetType', description: '对象类型' },
        { name: 'targetId', description: '对象 id' },
        { name: 'before', description: '只返回 id 小于此值的记录（翻页）' },
        { name: 'limit', description: '条数，最多 200' },
      ],
      handler: async (req) => {
        const items = await listAudit(pool, {
          actorId: queryString(req, 'actorId'),
          action: queryString(req, 'action'),
          targetType: queryString(req, 'targetType'),
          targetId: queryString(req, 'targetId'),
          before: queryInt(req, 'before', 0) || undefined,
          limit: queryInt(req, 'limit', 50, 200),
        })
        return { items, nextBefore: items.length ? items[items.length - 1]?.id : null }
      },
    }),
  ]
}
