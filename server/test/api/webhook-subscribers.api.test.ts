import { archiveSuite } from '../support/scenario'

// While nobody subscribes to webhooks, a task action's save leaves the webhook fan-out out (this
// server looks at most every 30 s). A subscription made meanwhile — by another server, or straight
// in the database — must still get every event that happens after it: the save checks that
// nobody subscribes in the same statement and is made again with the fan-out when someone does.
const suite = archiveSuite()
const as = suite.as

/** Start a case and approve its task; the approval's answer. */
async function approveNewCase(purpose: string) {
  const clerk = await as('clerk')
  const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose } })
  expect(c.status).toBe(201)
  const approver = await as('approver')
  const task = (await approver.get(`/api/cases/${c.body.id}`)).body.tasks.find(
    (x: { status: string }) => x.status === 'open',
  )
  const res = await approver.post(`/api/tasks/${task.id}/actions`, { action: 'approve' })
  return { caseId: c.body.id as string, res }
}

describe('Webhook fan-out while nobody subscribes', () => {
  it('When a subscription appears while the server believes nobody subscribes, then the next approval still queues its events once', async () => {
    const before = await approveNewCase('无人订阅')
    expect(before.res.status).toBe(200)
    await suite.t.pool.query(
      `INSERT INTO webhook_subscriptions (id, name, url, secret, event_types)
       VALUES ('wh-elsewhere', '另一台服务器建的订阅', 'http://127.0.0.1:9/hook', 's', '{task.completed,case.completed}')`,
    )
    const after = await approveNewCase('刚有订阅')
    expect(after.res.status).toBe(200)
    const { rows } = await suite.t.pool.query(
      `SELECT event_id AS "eventId", event_type AS type FROM webhook_deliveries WHERE subscription_id = 'wh-elsewhere' ORDER BY id`,
    )
    expect(rows.map((r) => r.type).sort()).toEqual(['case.completed', 'task.completed'])
    expect(rows.every((r) => r.eventId.startsWith(`${after.caseId}:`))).toBe(true)
    const again = await approveNewCase('订阅已知')
    expect(again.res.status).toBe(200)
    const { rows: more } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = 'wh-elsewhere' AND event_id LIKE $1`,
      [`${again.caseId}:%`],
    )
    expect(more[0].n).toBe(2)
  })
})
