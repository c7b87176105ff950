import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { archiveSuite } from '../support/scenario'

const suite = archiveSuite()
const as = suite.as

let receiver: http.Server
let receiverUrl: string
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = []
let failFirst = 1

beforeAll(async () => {
  // Another system on loopback: fails the first delivery, then accepts.
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      if (failFirst-- > 0) res.writeHead(503).end()
      else res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
})
afterAll(async () => {
  await new Promise((r) => receiver?.close(r))
})

describe('Webhooks', () => {
  it('When a subscribed event happens, then a signed delivery is sent, retried after a failure, and logged', async () => {
    const admin = await as('admin')
    const sub = await admin.post('/api/webhooks', {
      name: 'OA',
      url: receiverUrl,
      eventTypes: ['case.submitted'],
    })
    expect(sub.status).toBe(201)
    const clerk = await as('clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '推送' } })
    expect(c.status).toBe(201)
    // The delivery row was written in the case's transaction, before any worker ran.
    const pending = await suite.t.pool.query(
      `SELECT status FROM webhook_deliveries WHERE subscription_id = $1`,
      [sub.body.id],
    )
    expect(pending.rows).toEqual([{ status: 'pending' }])

    await suite.t.startWorker()
    const until = Date.now() + 30_000
    for (;;) {
      const { rows } = await suite.t.pool.query(
        `SELECT status, attempts FROM webhook_deliveries WHERE subscription_id = $1`,
        [sub.body.id],
      )
      if (rows[0]?.status === 'succeeded') break
      if (Date.now() > until) throw new Error(`not delivered: ${JSON.stringify(rows)}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(received.length).toBe(2)
    const last = received[1]!
    const payload = JSON.parse(last.body)
    expect(payload).toMatchObject({ type: 'case.submitted', caseId: c.body.id })
    const m = /^t=(\d+),v1=([a-f0-9]{64})$/.exec(String(last.headers['x-tongban-signature']))
    expect(m).not.toBeNull()
    const expected = crypto
      .createHmac('sha256', sub.body.secret)
      .update(`${m![1]}.${last.body}`)
      .digest('hex')
    expect(m![2]).toBe(expected)

    const log = await admin.get(`/api/webhooks/${sub.body.id}/deliveries`)
    expect(log.body.items[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastStatus: 204 })
    expect(log.body.items[0].attemptLog.map((a: any) => a.status)).toEqual([503, 204])
  }, 60_000)

  it('When a task is approved (the one-statement save), then its events are queued for subscribers too', async () => {
    const admin = await as('admin')
    const sub = await admin.post('/api/webhooks', {
      name: 'OA2',
      url: receiverUrl,
      eventTypes: ['task.completed', 'case.completed'],
    })
    const clerk = await as('clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '推送2' } })
    const approver = await as('approver')
    const task = (await approver.get(`/api/cases/${c.body.id}`)).body.tasks.find(
      (x: any) => x.status === 'open',
    )
    expect((await approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve' })).status).toBe(200)
    const { rows } = await suite.t.pool.query(
      `SELECT event_type FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY id`,
      [sub.body.id],
    )
    expect(rows.map((r) => r.event_type)).toContain('task.completed')
    const jobs = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'webhook-deliver'`,
    )
    expect(jobs.rows[0].n + rows.length).toBeGreaterThan(0)
  }, 60_000)
})
