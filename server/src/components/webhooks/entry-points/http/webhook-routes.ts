import crypto from 'node:crypto'
import { Type } from '@sinclair/typebox'
import { inTransaction, type Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { enqueue } from '../../../../libraries/queue/queue'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import { WEBHOOK_TASK } from '../../domain/outbox'

const SubscriptionBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    url: Type.String({ pattern: '^https?://', maxLength: 500 }),
    /** Case event types (`case.submitted`, `task.created` …), service-node topics, or `*`. */
    eventTypes: Type.Array(
      Type.String({ pattern: '^(\\*|[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*)$', maxLength: 80 }),
      { minItems: 1, uniqueItems: true },
    ),
  },
  { additionalProperties: false },
)

export function webhookRoutes(pool: Pool): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/webhooks',
      summary: 'Webhook 订阅列表 / Webhook subscriptions',
      tag: 'webhooks',
      access: 'webhooks:manage',
      handler: async () => {
        const { rows } = await pool.query(
          `SELECT id, name, url, event_types AS "eventTypes", active, created_at AS "createdAt" FROM webhook_subscriptions ORDER BY created_at`,
        )
        return { items: rows }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/webhooks',
      summary: '新建订阅（签名密钥只显示一次） / Subscribe; the signing secret is shown once',
      tag: 'webhooks',
      access: 'webhooks:manage',
      body: SubscriptionBody,
      bodyName: 'WebhookSubscriptionRequest',
      success: { status: 201, description: 'created, with `secret` for verifying X-Tongban-Signature' },
      handler: async (req) => {
        const body = req.body as { name: string; url: string; eventTypes: string[] }
        const id = `wh-${crypto.randomBytes(6).toString('hex')}`
        const secret = crypto.randomBytes(32).toString('base64url')
        await inTransaction(pool, async (tx) => {
          await tx.query(
            'INSERT INTO webhook_subscriptions (id, name, url, secret, event_types, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
            [id, body.name, body.url, secret, body.eventTypes, principalOf(req).personId],
          )
          await appendAudit(tx, {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'webhook.subscribed',
            targetType: 'webhook',
            targetId: id,
            data: { url: body.url, eventTypes: body.eventTypes },
          })
        })
        return { id, ...body, active: true, secret }
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/webhooks/:id',
      summary: '停用订阅 / Deactivate a subscription',
      tag: 'webhooks',
      access: 'webhooks:manage',
      handler: async (req) => {
        const id = param(req, 'id')
        await inTransaction(pool, async (tx) => {
          const { rowCount } = await tx.query(
            'UPDATE webhook_subscriptions SET active = false WHERE id = $1 AND active',
            [id],
          )
          if (!rowCount) throw errors.notFound('订阅', 'Subscription', id)
          await appendAudit(tx, {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'webhook.deactivated',
            targetType: 'webhook',
            targetId: id,
          })
        })
        return undefined
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/webhooks/:id/deliveries',
      summary: '投递记录（含每次尝试） / Delivery log with attempts',
      tag: 'webhooks',
      access: 'webhooks:manage',
      query: [{ name: 'limit', description: '最多 200' }],
      handler: async (req) => {
        const { rows } = await pool.query(
          `SELECT d.id, d.event_type AS "eventType", d.event_id AS "eventId", d.status, d.attempts, d.last_status AS "lastStatus",
                  d.last_error AS "lastError", d.created_at AS "createdAt", d.delivered_at AS "deliveredAt",
                  coalesce((SELECT json_agg(json_build_object('at', a.at, 'status', a.status, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.id)
                              FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS "attemptLog"
             FROM webhook_deliveries d WHERE d.subscription_id = $1 ORDER BY d.id DESC LIMIT $2`,
          [param(req, 'id'), queryInt(req, 'limit', 50, 200)],
        )
        return { items: rows }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/webhooks/deliveries/:id/retry',
      summary: '重新投递失败的记录 / Retry a failed delivery',
      tag: 'webhooks',
      access: 'webhooks:manage',
      handler: async (req) => {
        const id = Number(param(req, 'id'))
        await inTransaction(pool, async (tx) => {
          const { rowCount } = await tx.query(
            `UPDATE webhook_deliveries SET status = 'pending' WHERE id = $1 AND status = 'failed'`,
            [Number.isInteger(id) ? id : -1],
          )
          if (!rowCount) throw errors.notFound('失败的投递', 'Failed delivery', String(id))
          await enqueue(tx, WEBHOOK_TASK, { deliveryId: id }, { maxAttempts: 8 })
          await appendAudit(tx, {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'webhook.retried',
            targetType: 'webhook-delivery',
            targetId: String(id),
          })
        })
        return undefined
      },
    }),
  ]
}
