import type { Queryable } from '../../../libraries/db'
import { enqueue } from '../../../libraries/queue/queue'

export const WEBHOOK_TASK = 'webhook-deliver'

/** One thing that happened, as webhook subscribers receive it. */
export interface OutboundEvent {
  /** Event type (a case event type like `case.submitted`, or a service node's topic). */
  type: string
  /** Unique per event: `<caseId>:<seq>` for case events. Deliveries are de-duplicated by it. */
  id: string
  payload: Record<string, unknown>
}

/**
 * Record deliveries for every active subscription to these event types and queue them, in the
 * caller's transaction: the webhook is sent if and only if the change commits.
 */
export async function publishEvents(tx: Queryable, events: readonly OutboundEvent[]): Promise<number> {
  if (!events.length) return 0
  const types = [...new Set(events.map((e) => e.type))]
  const subs = await tx.query<{ id: string; event_types: string[] }>(
    `SELECT id, event_types FROM webhook_subscriptions WHERE active AND (event_types && $1::text[] OR '*' = ANY(event_types))`,
    [types],
  )
  let queued = 0
  for (const sub of subs.rows) {
    for (const e of events) {
      if (!sub.event_types.includes('*') && !sub.event_types.includes(e.type)) continue
      const { rows } = await tx.query(
        `INSERT INTO webhook_deliveries (subscription_id, event_type, event_id, payload) VALUES ($1, $2, $3, $4)
         ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
        [sub.id, e.type, e.id, { id: e.id, type: e.type, ...e.payload }],
      )
      if (!rows[0]) continue
      await enqueue(tx, WEBHOOK_TASK, { deliveryId: Number(rows[0].id) }, { maxAttempts: 8 })
      queued++
    }
  }
  return queued
}
