import { createPool, migrate, type Pool } from '../../src/libraries/db'
import {
  COUNT_CAP,
  FILTER_WINDOW,
  boxCounts,
  listBox,
} from '../../src/components/tasks/data-access/inbox-repository'
import { createTestDatabase, type TestDatabase } from '../support/test-db'

let db: TestDatabase
let pool: Pool
beforeAll(async () => {
  db = await createTestDatabase()
  pool = createPool(db.url, 4)
  await migrate(pool)
  await pool.query(
    `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, draft, applicant_scope)
     VALUES ('m1', 'M1', 'city', '测试事项', 'test', 'hr', 'published', 1, '{}', '{}')`,
  )
  await pool.query(
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
       accepting_org_id, region_id, status, data, card, created_at, submitted_at, state, state_version, updated_at)
     VALUES ('c1', 'NO-c1', '办件 c1', 'm1', 'M1', 1, 'p-clerk', 'hr', 'hr', 'city', 'in-progress', '{}', 'none',
       '2026-03-02T01:00:00Z', '2026-03-02T01:00:00Z', '{}', 1, now())`,
  )
  // A leader's years of 已办: more completed tasks than the cap, and a handful still open.
  await pool.query(
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, status, outcome, created_at, completed_at)
     SELECT 'done-' || n, 'c1', 'review', '审核', 'approval', 'p-leader', 'completed', 'approved',
            timestamptz '2026-01-01' + n * interval '1 minute', timestamptz '2026-01-01' + n * interval '2 minute'
       FROM generate_series(1, $1::int) AS n`,
    [COUNT_CAP + 5],
  )
  await pool.query(
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, status, created_at)
     SELECT 'open-' || n, 'c1', 'review', '审核', 'approval', 'p-leader', 'open', timestamptz '2026-03-01' + n * interval '1 minute'
       FROM generate_series(1, 3) AS n`,
  )
})
afterAll(async () => {
  await pool?.end()
  await db?.drop()
})

describe('Inbox totals', () => {
  it('When a box holds more than the cap, then its total says "at least the cap" and the page is still served', async () => {
    const done = await listBox(pool, { personId: 'p-leader', box: 'done', limit: 20, offset: 0 })
    expect(done).toMatchObject({ total: COUNT_CAP, totalCapped: true })
    expect(done.items).toHaveLength(20)
  })

  it('When a box holds fewer than the cap, then its total is exact', async () => {
    const todo = await listBox(pool, { personId: 'p-leader', box: 'todo', limit: 20, offset: 0 })
    expect(todo).toMatchObject({ total: 3, totalCapped: false })
    expect(todo.items).toHaveLength(3)
  })

  it('When the page lies past the last item, then it is empty and the total still exact', async () => {
    const past = await listBox(pool, { personId: 'p-leader', box: 'todo', limit: 20, offset: 10 })
    expect(past).toEqual({ total: 3, totalCapped: false, items: [] })
    const nobody = await listBox(pool, { personId: 'p-nobody', box: 'started', limit: 20, offset: 0 })
    expect(nobody).toEqual({ total: 0, totalCapped: false, items: [] })
  })

  it('When a filter needs the case, then the count still applies it', async () => {
    const none = await listBox(pool, {
      personId: 'p-leader',
      box: 'todo',
      status: 'completed',
      limit: 20,
      offset: 0,
    })
    expect(none).toMatchObject({ total: 0, totalCapped: false, items: [] })
  })

  it('When the counts of every box are asked, then each stops at the cap and the capped boxes are named', async () => {
    expect(await boxCounts(pool, 'p-leader')).toEqual({
      todo: 3,
      done: COUNT_CAP,
      cc: 0,
      ccUnread: 0,
      started: 0,
      capped: ['done'],
    })
  })

  it('When a filter is applied to a large box, then only the newest items are searched, and the page says so', async () => {
    const page = await listBox(pool, {
      personId: 'p-leader',
      box: 'done',
      status: 'in-progress',
      limit: 20,
      offset: 0,
    })
    expect(page).toMatchObject({ filterWindow: FILTER_WINDOW, filterWindowFull: true })
    expect(page.total).toBe(Math.min(FILTER_WINDOW, COUNT_CAP))
    // Newest first, as without the filter.
    const ids = page.items.map((i) => (i as { task: { id: string } }).task.id)
    expect(ids[0]).toBe(`done-${COUNT_CAP + 5}`)
    const small = await listBox(pool, { personId: 'p-leader', box: 'todo', q: '办件', limit: 20, offset: 0 })
    expect(small).toMatchObject({ total: 3, filterWindowFull: false })
  })
})
