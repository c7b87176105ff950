import { isWorkingDay } from '@tongban/flow-engine'
import { CaseStatus, type WorkingCalendar } from '@tongban/schemas'
import pg from 'pg'
import { generate, type GenerateSummary } from '../src'
import { eventually, logIn, serverOn } from './support/served'
import { createTestDatabase, schemaObjects, seedDatabase, type TestDatabase } from './support/test-database'

// The invariants the monitoring (issue 8) and the server's inbox and case pages rely on, checked on
// 2,000 generated cases in a fresh, seeded database.
const NOW = '2026-11-27T09:00:00.000Z'
let database: TestDatabase
let db: pg.Client
let summary: GenerateSummary
let schemaBefore: string[]

beforeAll(async () => {
  database = await createTestDatabase()
  await seedDatabase(database.url)
  schemaBefore = await schemaObjects(database.url)
  summary = await generate({ databaseUrl: database.url, cases: 2000, seed: 7, months: 18, now: NOW })
  db = new pg.Client({ connectionString: database.url })
  await db.connect()
}, 300_000)

afterAll(async () => {
  await db?.end()
  await database?.close()
})

async function scalar(sql: string): Promise<number> {
  const { rows } = await db.query(sql)
  return Number(Object.values(rows[0] as Record<string, unknown>)[0])
}

test('writes the requested number of cases, with tasks and events', async () => {
  expect(summary.cases).toBe(2000)
  expect(await scalar('SELECT count(*) FROM cases WHERE parent_case_id IS NULL')).toBe(2000)
  expect(await scalar('SELECT count(*) FROM tasks')).toBe(summary.tasks)
  expect(await scalar('SELECT count(*) FROM case_events')).toBe(summary.events)
  expect(summary.tasks).toBeGreaterThan(2000 * 3)
  expect(summary.events).toBeGreaterThan(2000 * 15)
})

test('every case pins a published matter version and a real applicant in the directory', async () => {
  expect(
    await scalar(`SELECT count(*) FROM cases c LEFT JOIN matter_versions v ON v.matter_id = c.matter_id AND v.version = c.matter_version
                   WHERE v.matter_id IS NULL`),
  ).toBe(0)
  expect(
    await scalar(
      'SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = c.applicant_id)',
    ),
  ).toBe(0)
  expect(
    await scalar(
      'SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.applicant_org_id)',
    ),
  ).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM cases WHERE matter_code <> split_part(no, '-', 1) || '-' || split_part(no, '-', 2) || '-' || split_part(no, '-', 3)`,
    ),
  ).toBe(0)
})

test('every case has its events in seq order without gaps, matching the engine state', async () => {
  expect(
    await scalar(
      'SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)',
    ),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM (SELECT case_id, count(*) AS n, min(seq) AS lo, max(seq) AS hi FROM case_events GROUP BY case_id) s
                   WHERE lo <> 1 OR hi <> n`),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM cases c JOIN (SELECT case_id, max(seq) AS hi FROM case_events GROUP BY case_id) s ON s.case_id = c.id
                   WHERE (c.state->>'seq')::int <> s.hi OR c.state->>'caseId' <> c.id OR (c.state->>'version')::int <> c.state_version`),
  ).toBe(0)
  // Time never runs backwards along a case's log.
  expect(
    await scalar(
      `SELECT count(*) FROM (SELECT at < lag(at) OVER (PARTITION BY case_id ORDER BY seq) AS back FROM case_events) s WHERE back`,
    ),
  ).toBe(0)
  expect(await scalar(`SELECT count(*) FROM case_events WHERE seq = 1 AND type <> 'case.created'`)).toBe(0)
})

test('finished cases have finishedAt ≥ submittedAt; running ones have none', async () => {
  const finished = `('approved', 'rejected', 'withdrawn', 'cancelled', 'completed', 'archived')`
  expect(
    await scalar(
      `SELECT count(*) FROM cases WHERE status IN ${finished} AND (finished_at IS NULL OR finished_at < submitted_at)`,
    ),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM cases WHERE status NOT IN ${finished} AND finished_at IS NOT NULL`),
  ).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM cases WHERE status <> 'draft' AND (submitted_at IS NULL OR submitted_at < created_at)`,
    ),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM cases WHERE created_at > '${NOW}' OR finished_at > '${NOW}'`),
  ).toBe(0)
})

test('tasks belong to their cases; open work only on running cases (unread 抄送 stay open)', async () => {
  expect(await scalar(`SELECT count(*) FROM tasks WHERE id NOT LIKE case_id || '-%'`)).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = t.assignee_id)`,
    ),
  ).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.status IN ('open', 'waiting') AND t.kind <> 'cc' AND c.status NOT IN ('in-progress', 'returned')`,
    ),
  ).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM tasks WHERE status = 'completed' AND (completed_at IS NULL OR completed_at < created_at)`,
    ),
  ).toBe(0)
  expect(
    await scalar(
      `SELECT count(*) FROM case_events e WHERE e.task_id IS NOT NULL AND e.task_id NOT LIKE e.case_id || '-%'`,
    ),
  ).toBe(0)
})

test('the status mix includes every status, and inboxes have open work', async () => {
  const { rows } = await db.query<{ status: string }>('SELECT DISTINCT status FROM cases')
  expect(rows.map((r) => r.status).sort()).toEqual(CaseStatus.anyOf.map((s) => s.const).sort())
  expect(
    await scalar(`SELECT count(DISTINCT assignee_id) FROM tasks WHERE status = 'open' AND kind <> 'cc'`),
  ).toBeGreaterThanOrEqual(5)
})

test('history holds returns, countersigns, rejections, withdrawals and yellow and red cards', async () => {
  for (const type of [
    'case.returned',
    'case.resubmitted',
    'case.rejected',
    'case.withdrawn',
    'card.yellow',
    'card.red',
    'clock.paused',
  ])
    expect([type, await scalar(`SELECT count(*) FROM case_events WHERE type = '${type}'`)]).toEqual([
      type,
      expect.any(Number),
    ])
  for (const type of ['case.returned', 'case.rejected', 'case.withdrawn', 'card.yellow', 'card.red'])
    expect([type, await scalar(`SELECT count(*) FROM case_events WHERE type = '${type}'`)]).not.toEqual([
      type,
      0,
    ])
  // 会签: several approval tasks on one node of one case.
  expect(
    await scalar(
      `SELECT count(*) FROM (SELECT 1 FROM tasks WHERE kind = 'approval' GROUP BY case_id, node_id HAVING count(*) > 1) s`,
    ),
  ).toBeGreaterThan(0)
  expect(await scalar(`SELECT count(*) FROM cases WHERE card = 'red'`)).toBeGreaterThan(0)
  expect(await scalar(`SELECT count(*) FROM cases WHERE card = 'yellow'`)).toBeGreaterThan(0)
  // Overdue ones are a minority, as in life.
  expect(
    await scalar(`SELECT count(*) FILTER (WHERE card = 'red') * 1.0 / count(*) FROM cases`),
  ).toBeLessThan(0.3)
})

test('cases spread over every month of the period, across matters and regions', async () => {
  const { rows } = await db.query<{ month: string; n: number }>(
    `SELECT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n FROM cases GROUP BY 1 ORDER BY 1`,
  )
  expect(rows.length).toBeGreaterThanOrEqual(18)
  // Every full month holds at least 2 % of the cases (a flat spread would be 5.5 %).
  for (const r of rows.slice(1, -1)) expect([r.month, r.n >= 40]).toEqual([r.month, true])
  expect(await scalar('SELECT count(DISTINCT matter_id) FROM cases')).toBeGreaterThanOrEqual(20)
  expect(await scalar('SELECT count(DISTINCT region_id) FROM cases')).toBeGreaterThanOrEqual(3)
  expect(await scalar('SELECT count(DISTINCT accepting_org_id) FROM cases')).toBeGreaterThanOrEqual(10)
})

test('handling times are working-day realistic: people act on working days, in office hours', async () => {
  const cal = await db.query<{ doc: WorkingCalendar }>(`SELECT doc FROM calendars WHERE id = 'default'`)
  const calendar = cal.rows[0]!.doc
  const { rows } = await db.query<{ day: string; hour: number }>(
    `SELECT to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day,
            extract(hour FROM completed_at AT TIME ZONE 'Asia/Shanghai')::int AS hour
       FROM tasks WHERE status = 'completed' AND kind = 'approval' AND outcome NOT LIKE 'auto-%'`,
  )
  expect(rows.length).toBeGreaterThan(1000)
  expect(rows.filter((r) => !isWorkingDay(calendar, r.day))).toEqual([])
  // (auto-approved / auto-rejected on a timeout happen when the timer fires, at any hour)
  expect(rows.filter((r) => r.hour < 8 || r.hour > 18)).toEqual([])
  const p50 = await scalar(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - submitted_at) / 86400) FROM cases WHERE status = 'completed'`,
  )
  expect(p50).toBeGreaterThan(0.2)
  expect(p50).toBeLessThan(20)
})

test('the bulk load (empty tables) puts every key, foreign key and index back', async () => {
  expect(summary.bulk).toBe(true)
  const objects = await schemaObjects(database.url)
  // Exactly what the migrations created (read from the catalog: later migrations add or drop some).
  expect(objects).toEqual(schemaBefore)
  const names = objects.map((name) => name.split(':')[0])
  for (const name of [
    'case_events_pkey',
    'case_events_case_id_fkey',
    'case_events_type_at_idx',
    'tasks_pkey',
    'tasks_case_id_fkey',
    'tasks_todo_idx',
    'tasks_done_idx',
    'tasks_case_idx',
    'cases_matter_id_fkey',
    'cases_running_idx',
    'attachments_pkey',
    'attachments_case_id_fkey',
    'notifications_pkey',
  ])
    expect(names).toContain(name)
  expect(await scalar(`SELECT count(*) FROM pg_constraint WHERE NOT convalidated`)).toBe(0)
  // Autovacuum was off during the load only: every table (and its TOAST table) has its settings back.
  expect(
    await scalar(`SELECT count(*) FROM pg_class c LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
                   WHERE c.relname IN ('cases', 'tasks', 'case_events', 'attachments', 'notifications')
                     AND (c.reloptions IS NOT NULL OR t.reloptions IS NOT NULL)`),
  ).toBe(0)
})

test('uploads: every file entry of the data is an attachment row of that case, listed on the case', async () => {
  expect(summary.attachments).toBeGreaterThan(500)
  expect(await scalar('SELECT count(*) FROM attachments')).toBe(summary.attachments)
  const mismatched = await scalar(`
    SELECT count(*) FROM cases c
      CROSS JOIN LATERAL jsonb_path_query(c.data, 'strict $.**.attachmentId') AS ref(id)
     WHERE NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = ref.id #>> '{}' AND a.case_id = c.id)`)
  expect(mismatched).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM cases c WHERE jsonb_array_length(c.attachments) <>
                    (SELECT count(*) FROM attachments a WHERE a.case_id = c.id)`),
  ).toBe(0)
})

test('sub-flows: every started child is a case of the sub-flow matter, pointing at its parent', async () => {
  expect(summary.children).toBeGreaterThan(0)
  expect(await scalar('SELECT count(*) FROM cases WHERE parent_case_id IS NOT NULL')).toBe(summary.children)
  expect(
    await scalar(`SELECT count(*) FROM case_events e WHERE e.type = 'subflow.started' AND NOT EXISTS (
                    SELECT 1 FROM cases k WHERE k.id = e.data->>'childCaseId' AND k.parent_case_id = e.case_id
                       AND k.matter_code = e.data->>'matterCode' AND k.parent_node_id = e.node_id)`),
  ).toBe(0)
  // The parent hears of a finished child no earlier than the child finished; a running child keeps it waiting.
  expect(
    await scalar(`SELECT count(*) FROM case_events e JOIN cases k ON k.id = e.data->>'childCaseId'
                   WHERE e.type = 'subflow.finished' AND (k.finished_at IS NULL OR e.at < k.finished_at)`),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM cases k JOIN cases p ON p.id = k.parent_case_id
                   WHERE k.title NOT LIKE '%（' || p.no || ' 子流程）' OR k.created_at < p.created_at`),
  ).toBe(0)
})

test('channels: a share of cases came in at the service window (网办率 below 100 %)', async () => {
  // (A sub-flow's child case is started by the system: no channel, counted online.)
  const counter = await scalar(
    `SELECT count(*) FILTER (WHERE data->>'channel' = 'counter') * 1.0 / count(*) FROM cases WHERE parent_case_id IS NULL`,
  )
  expect(counter).toBeGreaterThan(0.05)
  expect(counter).toBeLessThan(0.4)
  expect(
    await scalar(
      `SELECT count(*) FROM cases WHERE parent_case_id IS NULL AND (data->>'channel' IS NULL OR state->'data'->>'channel' IS DISTINCT FROM data->>'channel')`,
    ),
  ).toBe(0)
})

test('notifications of the last weeks, most read, the recent ones partly unread', async () => {
  expect(summary.notifications).toBeGreaterThan(0)
  expect(await scalar('SELECT count(*) FROM notifications WHERE read_at IS NULL')).toBeGreaterThan(0)
  expect(
    await scalar(`SELECT count(*) FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = n.person_id)
                     OR NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = n.case_id) OR n.created_at > '${NOW}' OR n.read_at < n.created_at`),
  ).toBe(0)
})

test('抄送: copies are read (已阅) a few hours after they came; none older than two days is unread', async () => {
  const read = await scalar(
    `SELECT count(*) FROM tasks WHERE kind = 'cc' AND status = 'completed' AND outcome = 'read'`,
  )
  expect(read).toBeGreaterThan(0)
  expect(
    await scalar(
      `SELECT count(*) FROM tasks WHERE kind = 'cc' AND status = 'open' AND created_at < timestamptz '${NOW}' - interval '2 days'`,
    ),
  ).toBe(0)
  expect(
    await scalar(`SELECT count(*) FROM tasks WHERE kind = 'cc' AND status = 'completed'
                     AND (outcome <> 'read' OR completed_at < created_at OR completed_at > '${NOW}')`),
  ).toBe(0)
})

test('every armed timer has its queue job, and a server started on the database fires it', async () => {
  const armed = await scalar(`SELECT count(*) FROM case_timers WHERE status = 'armed'`)
  expect(armed).toBeGreaterThan(0)
  expect(summary.timerJobs).toBe(armed)
  expect(
    await scalar(`SELECT count(*) FROM case_timers t WHERE NOT EXISTS (
                    SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'timer:' || t.id AND j.task_identifier = 'case-timer'
                      AND j.run_at = t.due_at AND j.queue_name = 'case:' || t.case_id)`),
  ).toBe(0)
  // Time moves on: the earliest timer falls due now (same job key: the job is replaced).
  const { rows } = await db.query<{ id: string; case_id: string }>(
    `SELECT id, case_id FROM case_timers WHERE status = 'armed' ORDER BY due_at, id LIMIT 1`,
  )
  const timer = rows[0]!
  await db.query(
    `SELECT graphile_worker.add_job('case-timer', json_build_object('caseId', $2::text, 'timerId', $1::text),
                                    queue_name := 'case:' || $2, run_at := now(), max_attempts := 20, job_key := 'timer:' || $1)`,
    [timer.id, timer.case_id],
  )
  const server = await serverOn(database.url)
  try {
    await eventually(() =>
      scalar(`SELECT count(*) FROM case_timers WHERE id = '${timer.id}' AND status = 'fired'`),
    )
    expect(
      await scalar(`SELECT count(*) FROM case_timers WHERE id = '${timer.id}' AND status = 'fired'`),
    ).toBe(1)
    expect(
      await scalar(
        `SELECT count(*) FROM case_events WHERE case_id = '${timer.case_id}' AND type = 'timer.fired' AND at > '${NOW}'`,
      ),
    ).toBeGreaterThan(0)
    // The inbox of the person with the most open work answers from the generated tasks.
    const { rows: people } = await db.query<{ username: string; n: number }>(
      `SELECT p.username, count(*)::int AS n FROM tasks t JOIN people p ON p.id = t.assignee_id
        WHERE t.status = 'open' AND t.kind <> 'cc' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    )
    const person = people[0]!
    const { cookie } = await logIn(server.url, person.username)
    const todo = await fetch(`${server.url}/api/tasks?box=todo&limit=5`, { headers: { cookie } })
    const body = (await todo.json()) as { total: number; items: Array<{ task: { caseId: string } }> }
    expect([todo.status, Math.min(body.total, person.n)]).toEqual([200, person.n])
    const first = body.items[0]!
    const page = await fetch(`${server.url}/api/cases/${first.task.caseId}`, { headers: { cookie } })
    expect(page.status).toBe(200)
    // The monitoring reads them too: facts rebuilt by the server's refresh, the summary, and the
    // trace of a finished case that went back to its applicant (补正) once.
    const { cookie: admin, csrf } = await logIn(server.url, 'wangjianguo')
    const refresh = await fetch(`${server.url}/api/monitoring/refresh?full=true`, {
      method: 'POST',
      headers: { cookie: admin, 'x-csrf-token': csrf },
    })
    expect(refresh.status).toBe(200)
    const summaryView = await fetch(`${server.url}/api/monitoring/summary`, { headers: { cookie: admin } })
    const figures = (await summaryView.json()) as {
      total: number
      returns: number
      red: number
      rejected: number
    }
    expect(summaryView.status).toBe(200)
    expect(figures.total).toBeGreaterThan(1000)
    expect(figures.total).toBeLessThanOrEqual(await scalar('SELECT count(*) FROM cases'))
    for (const k of ['returns', 'red', 'rejected'] as const) expect([k, figures[k] > 0]).toEqual([k, true])
    const { rows: returned } = await db.query<{ id: string }>(
      `SELECT c.id FROM cases c WHERE c.status = 'completed' AND c.parent_case_id IS NULL
          AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'case.returned')
        ORDER BY c.id LIMIT 1`,
    )
    const trace = await fetch(`${server.url}/api/monitoring/cases/${returned[0]!.id}/trace`, {
      headers: { cookie: admin },
    })
    const traced = (await trace.json()) as {
      steps: unknown[]
      pauses: unknown[]
      events: Array<{ type: string }>
    }
    expect(trace.status).toBe(200)
    expect(traced.steps.length).toBeGreaterThan(0)
    expect(traced.pauses.length).toBeGreaterThan(0)
    expect(traced.events.map((e) => e.type)).toContain('case.returned')
  } finally {
    await server.stop()
  }
}, 120_000)
