import { publishedArchive } from '../support/scenario'
import { createTestDatabase, type TestDatabase } from '../support/test-db'
import { startTestApp } from '../support/test-app'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(async () => {
  await db?.drop()
})

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('timed out waiting')
}

describe('Durable timers', () => {
  it('When the server stops with timers pending, then after a restart they fire, each once', async () => {
    // A case started "in March": its deadlines are long past by now.
    const march = new Date('2026-03-02T01:00:00.000Z')
    const first = await startTestApp({}, { db, clock: () => march })
    const as = await publishedArchive(first)
    const clerk = await as('clerk')
    const c = await clerk.post('/api/cases', { matterId: 'archive-lookup', data: { purpose: '计时器' } })
    expect(c.status).toBe(201)
    const armed = await first.pool.query(
      `SELECT id FROM case_timers WHERE case_id = $1 AND status = 'armed'`,
      [c.body.id],
    )
    expect(armed.rows.length).toBeGreaterThan(0)
    const jobs = await first.pool.query(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'case-timer'`,
    )
    expect(jobs.rows[0].n).toBe(armed.rows.length)
    await first.close()

    const second = await startTestApp({}, { db })
    try {
      await second.startWorker()
      const ids = armed.rows.map((r) => r.id)
      await waitFor(async () => {
        const { rows } = await second.pool.query(
          `SELECT count(*)::int AS n FROM case_timers WHERE id = ANY($1) AND status = 'armed'`,
          [ids],
        )
        return rows[0].n === 0
      }, 30_000)
      const fired = await second.pool.query(`SELECT id, status FROM case_timers WHERE id = ANY($1)`, [ids])
      expect(fired.rows.every((r) => r.status === 'fired' || r.status === 'stale')).toBe(true)
      const events = await second.pool.query(
        `SELECT data->>'timerId' AS id, count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'timer.fired' GROUP BY 1`,
        [c.body.id],
      )
      expect(events.rows.length).toBe(fired.rows.filter((r) => r.status === 'fired').length)
      expect(events.rows.every((r) => r.n === 1)).toBe(true)
      const detail = await second.pool.query(`SELECT card FROM cases WHERE id = $1`, [c.body.id])
      expect(detail.rows[0].card).toBe('red')
    } finally {
      await second.close()
    }
  })
})
