import type { Pool } from '../../../../libraries/db'
import { inTransaction } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'

/** 站内消息: what the engine's notify effects wrote for the caller. Reading one is audited. */
export function notificationRoutes(pool: Pool): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/notifications',
      summary: '我的消息（unread=true 只看未读；附办件编号与标题） / My notifications, with the case number and title',
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
          `SELECT n.id, n.case_id AS "caseId", n.task_id AS "taskId", n.reason, n.message, n.message_en AS "messageEn",
                  n.created_at AS "createdAt", n.read_at AS "readAt", c.no AS "caseNo", c.title AS "caseTitle"
             FROM notifications n LEFT JOIN cases c ON c.id = n.case_id
            WHERE n.person_id = $1 AND ($2::boolean IS FALSE OR n.read_at IS NULL) ORDER BY n.id DESC LIMIT $3`,
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
      path: '/api/notifications/read-all',
      summary: '全部标为已读 / Mark all my notifications read',
      tag: 'notifications',
      access: 'authenticated',
      success: { status: 200, description: '{ marked }' },
      handler: async (req) => {
        const p = principalOf(req)
        if (!p.personId) return { marked: 0 }
        return inTransaction(pool, async (tx) => {
          const { rowCount } = await tx.query(
            `UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL`,
            [p.personId],
          )
          const marked = rowCount ?? 0
          if (marked)
            await appendAudit(tx, {
              ...auditBase(p, metaOf(req)),
              action: 'notification.read-all',
              targetType: 'person',
              targetId: p.personId!,
              data: { marked },
            })
          return { marked }
        })
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
        const p = principalOf(req)
        await inTransaction(pool, async (tx) => {
          // Reading again keeps the first read time and writes nothing more.
          const { rows } = await tx.query(
            `UPDATE notifications n SET read_at = coalesce(n.read_at, now())
               FROM (SELECT id, read_at IS NULL AS unread FROM notifications WHERE id = $1 AND person_id = $2 FOR UPDATE) o
              WHERE n.id = o.id RETURNING o.unread`,
            [Number.isInteger(id) ? id : -1, p.personId],
          )
          if (!rows[0]) throw errors.notFound('消息', 'Notification', String(id))
          if (rows[0].unread)
            await appendAudit(tx, {
              ...auditBase(p, metaOf(req)),
              action: 'notification.read',
              targetType: 'notification',
              targetId: String(id),
            })
        })
        return undefined
      },
    }),
  ]
}
