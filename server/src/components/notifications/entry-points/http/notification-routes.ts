import type { Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'

/** 站内消息: what the engine's notify effects wrote for the caller. */
export function notificationRoutes(pool: Pool): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/notifications',
      summary: '我的消息（unread=true 只看未读） / My notifications',
      tag: 'notifications',
      access: 'authenticated',
      query: [
        { name: 'unread', description: 'true: 只看未读' },
        { name: 'limit', description: '最多 100' },
      ],
      handler: async (req) => {
        const p = principalOf(req)
        if (!p.personId) return { unread: 0, items: [] }
        const unreadOnly = queryString(req, 'unread') === 'true'
        const { rows } = await pool.query(
          `SELECT id, case_id AS "caseId", task_id AS "taskId", reason, message, message_en AS "messageEn", created_at AS "createdAt", read_at AS "readAt"
             FROM notifications WHERE person_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL) ORDER BY id DESC LIMIT $3`,
          [p.personId, unreadOnly, queryInt(req, 'limit', 20, 100)],
        )
        const count = await pool.query(
          `SELECT count(*)::int AS n FROM notifications WHERE person_id = $1 AND read_at IS NULL`,
          [p.personId],
        )
        return { unread: count.rows[0]?.n ?? 0, items: rows }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/notifications/:id/read',
      summary: '标为已读 / Mark as read',
      tag: 'notifications',
      access: 'authenticated',
      handler: async (req) => {
        const id = Number(param(req, 'id'))
        const { rowCount } = await pool.query(
          `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND person_id = $2`,
          [Number.isInteger(id) ? id : -1, principalOf(req).personId],
        )
        if (!rowCount) throw errors.notFound('消息', 'Notification', String(id))
        return undefined
      },
    }),
  ]
}
