import type { Pool } from '../../src/libraries/db'

/**
 * Five cases on a weekends-only calendar (Asia/Shanghai), with known answers:
 * c1 archive/city Mon 2 Mar 09:00 → Wed 4 Mar 09:00 = 2.0 wd, on time;
 * c2 archive/city Thu 5 Mar 09:00 → Tue 10 Mar 09:00 = 3.0 wd less a 1.0 wd 补正 pause = 2.0, late, 1 return;
 * c3 hr/city Mon 2 Mar 09:00 → Tue 3 Mar 09:00 = 1.0 wd, rejected, counter (offline), on time;
 * c4 county-finance/county Mon 2 Mar 09:00, still in progress, red card;
 * c5 archive/city Wed 1 Apr 09:00 → Thu 2 Apr 09:00 = 1.0 wd, on time.
 */
export async function buildMonitoringHistory(db: Pool): Promise<void> {
  await db.query(`INSERT INTO calendars (id, doc) VALUES ('default', $1)`, [
    { id: 'default', name: '测试', weekend: [0, 6], timeZone: 'Asia/Shanghai', years: {} },
  ])
  for (const [id, org, region] of [
    ['m-archive', 'archive', 'city'],
    ['m-hr', 'hr', 'city'],
    ['m-county', 'county-finance', 'county'],
  ] as const)
    await db.query(
      `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, draft, applicant_scope)
       VALUES ($1, upper($1), $2, $1 || ' 事项', 'test', $3, 'published', 1, '{}', '{}')`,
      [id, region, org],
    )
  const cases: Array<
    [
      string,
      string,
      string,
      string,
      string,
      string | null,
      string | null,
      string,
      string,
      Record<string, unknown>,
    ]
  > = [
    [
      'c1',
      'm-archive',
      'archive',
      'city',
      '2026-03-02T01:00:00Z',
      '2026-03-04T01:00:00Z',
      '2026-03-09T16:00:00Z',
      'completed',
      'none',
      {},
    ],
    [
      'c2',
      'm-archive',
      'archive',
      'city',
      '2026-03-05T01:00:00Z',
      '2026-03-10T01:00:00Z',
      '2026-03-06T16:00:00Z',
      'completed',
      'red',
      {},
    ],
    [
      'c3',
      'm-hr',
      'hr',
      'city',
      '2026-03-02T01:00:00Z',
      '2026-03-03T01:00:00Z',
      '2026-03-10T16:00:00Z',
      'rejected',
      'none',
      { channel: 'counter' },
    ],
    [
      'c4',
      'm-county',
      'county-finance',
      'county',
      '2026-03-02T01:00:00Z',
      null,
      '2026-03-03T16:00:00Z',
      'in-progress',
      'red',
      {},
    ],
    [
      'c5',
      'm-archive',
      'archive',
      'city',
      '2026-04-01T01:00:00Z',
      '2026-04-02T01:00:00Z',
      '2026-04-09T16:00:00Z',
      'completed',
      'none',
      {},
    ],
  ]
  for (const [id, matter, org, region, submitted, finished, deadline, status, card, data] of cases)
    await db.query(
      `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
         accepting_org_id, region_id, status, data, card, created_at, submitted_at, finished_at, promised_deadline, state, state_version, updated_at)
       VALUES ($1, 'NO-' || $1, '办件 ' || $1, $2, upper($2), 1, 'p-clerk', 'hr', $3, $4, $5, $6, $7, $8, $8, $9, $10, '{}', 1,
         coalesce($9::timestamptz, $8::timestamptz))`,
      [id, matter, org, region, status, data, card, submitted, finished, deadline],
    )
  const ev = (caseId: string, seq: number, type: string, at: string, nodeId: string | null = null) =>
    db.query(`INSERT INTO case_events (case_id, seq, type, at, node_id) VALUES ($1, $2, $3, $4, $5)`, [
      caseId,
      seq,
      type,
      at,
      nodeId,
    ])
  await ev('c1', 1, 'case.submitted', '2026-03-02T01:00:00Z')
  await ev('c1', 2, 'node.entered', '2026-03-02T01:00:00Z', 'accept')
  await ev('c1', 3, 'node.completed', '2026-03-03T01:00:00Z', 'accept')
  await ev('c1', 4, 'node.entered', '2026-03-03T01:00:00Z', 'approve')
  await ev('c1', 5, 'node.completed', '2026-03-04T01:00:00Z', 'approve')
  await ev('c2', 1, 'case.submitted', '2026-03-05T01:00:00Z')
  await ev('c2', 2, 'node.entered', '2026-03-05T01:00:00Z', 'accept')
  await ev('c2', 3, 'case.returned', '2026-03-06T01:00:00Z')
  await ev('c2', 4, 'clock.paused', '2026-03-06T01:00:00Z')
  await ev('c2', 5, 'clock.resumed', '2026-03-09T01:00:00Z')
  await ev('c2', 6, 'node.completed', '2026-03-09T01:00:00Z', 'accept')
  await db.query(
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, status, outcome, created_at, completed_at)
     VALUES ('c2-t1', 'c2', 'accept', '受理', 'approval', 'p-approver', 'completed', 'approved', '2026-03-05T01:00:00Z', '2026-03-09T01:00:00Z'),
            ('c1-t1', 'c1', 'accept', '受理', 'approval', 'p-approver', 'completed', 'approved', '2026-03-02T01:00:00Z', '2026-03-03T01:00:00Z'),
            ('c4-t1', 'c4', 'handle', '办理', 'approval', 'p-clerk2', 'open', null, '2026-03-02T01:00:00Z', null)`,
  )
  await ev('c4', 1, 'case.submitted', '2026-03-02T01:00:00Z')
  await ev('c4', 2, 'card.red', '2026-03-03T16:00:00Z')
}
