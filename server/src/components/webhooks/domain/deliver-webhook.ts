import crypto from 'node:crypto'
import type { Task } from 'graphile-worker'
import type { Pool } from '../../../libraries/db'

/** `X-Tongban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (Stripe-style). */
export function sign(secret: string, body: string, at: number): string {
  const mac = crypto.createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')
  return `t=${at},v1=${mac}`
}

/**
 * Send one delivery. A non-2xx answer or a network error throws, so the queue retries it with
 * exponential backoff; every attempt is logged; the last failed attempt marks the delivery failed.
 */
export function deliverWebhook(pool: Pool, options: { timeoutMs?: number } = {}): Task {
  return async (payload, helpers) => {
    const { deliveryId } = payload as { deliveryId: number }
    const { rows } = await pool.query(
      `SELECT d.id, d.payload, d.status, d.event_type, s.url, s.secret, s.active
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1`,
      [deliveryId],
    )
    const d = rows[0]
    if (!d || d.status === 'succeeded' || !d.active) return
    const body = JSON.stringify(d.payload)
    const started = Date.now()
    let status: number | null = null
    let error: string | null = null
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'tongban-webhooks/1',
          'x-tongban-event': d.event_type,
          'x-tongban-delivery': String(d.id),
          'x-tongban-signature': sign(d.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      status = res.status
      await res.arrayBuffer().catch(() => undefined)
      if (status < 200 || status >= 300) error = `HTTP ${status}`
    } catch (err) {
      error = (err as Error).message.slice(0, 500)
    }
    const ok = error === null
    const last = helpers.job.attempts >= helpers.job.max_attempts
    await pool.query(
      'INSERT INTO webhook_attempts (delivery_id, status, error, duration_ms) VALUES ($1, $2, $3, $4)',
      [deliveryId, status, error, Date.now() - started],
    )
    await pool.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $2, last_error = $3,
              status = CASE WHEN $4 THEN 'succeeded' WHEN $5 THEN 'failed' ELSE status END,
              delivered_at = CASE WHEN $4 THEN now() ELSE delivered_at END
        WHERE id = $1`,
      [deliveryId, status, error, ok, last],
    )
    if (!ok) throw new Error(`webhook delivery ${deliveryId} failed: ${error}`)
  }
}
