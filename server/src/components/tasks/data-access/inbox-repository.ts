import { prepared, type Queryable } from '../../../libraries/db'
import { toTaskRecord } from '../../cases/data-access/case-repository'

export type Box = 'todo' | 'done' | 'started' | 'cc'
export const BOXES: readonly Box[] = ['todo', 'done', 'started', 'cc']

export interface InboxQuery {
  personId: string
  box: Box
  matterId?: string
  status?: string
  card?: string
  q?: string
  /** 抄送我的 only: the copies not read yet. */
  unread?: boolean
  limit: number
  offset: number
}

const CASE_SUMMARY = `json_build_object('id', c.id, 'no', c.no, 'title', c.title, 'matterId', c.matter_id, 'matterCode', c.matter_code,
  'status', c.status, 'card', c.card, 'applicantId', c.applicant_id, 'applicantOrgId', c.applicant_org_id,
  'currentNodeIds', c.current_node_ids, 'createdAt', c.created_at, 'submittedAt', c.submitted_at, 'promisedDeadline', c.promised_deadline) AS "case"`

/**
 * Boxes on the partial indexes of 0005_cases.sql: each box reads its own index, newest first, in
 * the index's own order (ties by id ascending) so that no sort step is needed.
 */
const BOX_SQL: Record<Box, { from: string; where: string; order: string }> = {
  todo: {
    from: 'tasks t JOIN cases c ON c.id = t.case_id',
    where: `t.assignee_id = $1 AND t.status = 'open' AND t.kind <> 'cc'`,
    order: 't.created_at DESC, t.id',
  },
  done: {
    from: 'tasks t JOIN cases c ON c.id = t.case_id',
    where: `t.assignee_id = $1 AND t.status = 'completed' AND t.kind <> 'cc'`,
    order: 't.completed_at DESC, t.id',
  },
  cc: {
    from: 'tasks t JOIN cases c ON c.id = t.case_id',
    where: `t.assignee_id = $1 AND t.kind = 'cc'`,
    order: 't.created_at DESC, t.id',
  },
  started: { from: 'cases c', where: 'c.applicant_id = $1', order: 'c.created_at DESC, c.id DESC' },
}

/**
 * Past this many rows a box's total is reported as "at least" (`totalCapped`): an exact count of a
 * leader's years of 已办 costs more than the page itself (1.5 s for 382k tasks, measured on the
 * generated 1M-case database), and nobody pages that far: they filter.
 */
export const COUNT_CAP = 1000

/**
 * Filters look at the newest this many items of a box. A filter that needs the case row (matter,
 * status, title) or a rare card cannot walk a box index in order: for a leader with 382k 已办 a
 * title search read them all (5 s on the generated 1M-case database). Bounded, a filtered page
 * costs at most this many index entries and case look-ups; `filterWindowFull` tells the caller
 * that older items were not searched.
 */
export const FILTER_WINDOW = 1000

export interface BoxPage {
  total: number
  totalCapped: boolean
  items: unknown[]
  /** Present on filtered pages: how many of the newest items were searched, and whether the box holds more. */
  filterWindow?: number
  filterWindowFull?: boolean
}

export async function listBox(db: Queryable, q: InboxQuery): Promise<BoxPage> {
  const spec = BOX_SQL[q.box]
  const args: unknown[] = [q.personId]
  const filters: string[] = []
  const add = (sql: string, v: unknown) => {
    args.push(v)
    filters.push(sql.replace('?', `$${args.length}`))
  }
  if (q.matterId) add('c.matter_id = ?', q.matterId)
  if (q.status) add('c.status = ?', q.status)
  if (q.card) add(q.box === 'started' ? 'c.card = ?' : 't.card = ?', q.card)
  if (q.unread && q.box === 'cc') add('t.status = ?', 'open')
  if (q.q) {
    args.push(q.q)
    filters.push(`(c.title ILIKE '%' || $${args.length} || '%' OR c.no ILIKE '%' || $${args.length} || '%')`)
  }
  const select = q.box === 'started' ? CASE_SUMMARY : `t.*, ${CASE_SUMMARY}`
  const page = `ORDER BY ${spec.order} LIMIT ${q.limit} OFFSET ${q.offset}`
  const toItems = (rows: Array<Record<string, unknown>>) =>
    rows.map((r) => {
      const { case: c, ...task } = r as { case: unknown } & Record<string, unknown>
      return q.box === 'started' ? { case: c } : { task: toTaskRecord(task), case: c }
    })

  if (!filters.length) {
    // One prepared statement on the box's own partial index, newest first: the count stops past
    // the cap, the page at offset+limit (one row of nulls beside the count when the page is empty).
    const countFrom = q.box === 'started' ? 'cases c' : 'tasks t'
    const { rows } = await db.query(
      prepared(`SELECT counted.n AS "totalCounted", page.*
         FROM (SELECT count(*)::int AS n FROM (SELECT 1 FROM ${countFrom} WHERE ${spec.where} LIMIT ${COUNT_CAP + 1}) x) counted
         LEFT JOIN LATERAL (SELECT ${select} FROM ${spec.from} WHERE ${spec.where} ORDER BY ${spec.order} LIMIT $2 OFFSET $3) page ON true`),
      [q.personId, q.limit, q.offset],
    )
    const counted = Number(rows[0]?.totalCounted ?? 0)
    const items = rows
      .filter((r) => r.case !== null)
      .map(({ totalCounted: _n, ...r }) => r as Record<string, unknown>)
    return { total: Math.min(counted, COUNT_CAP), totalCapped: counted > COUNT_CAP, items: toItems(items) }
  }

  // Filtered: the newest FILTER_WINDOW items of the box (index order), then the filters.
  const newest = `SELECT * FROM ${q.box === 'started' ? 'cases c' : 'tasks t'} WHERE ${spec.where} ORDER BY ${spec.order} LIMIT ${FILTER_WINDOW}`
  const from = q.box === 'started' ? `(${newest}) c` : `(${newest}) t JOIN cases c ON c.id = t.case_id`
  const clause = filters.join(' AND ')
  const counted = await db.query(
    `SELECT count(*) FILTER (WHERE ${clause})::int AS n, count(*)::int AS scanned FROM ${from}`,
    args,
  )
  const { rows } = await db.query(`SELECT ${select} FROM ${from} WHERE ${clause} ${page}`, args)
  const n = Number(counted.rows[0]?.n ?? 0)
  return {
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    items: toItems(rows),
    filterWindow: FILTER_WINDOW,
    filterWindowFull: Number(counted.rows[0]?.scanned ?? 0) >= FILTER_WINDOW,
  }
}

/**
 * The number of items in every box, each counted on its own index and stopped past COUNT_CAP (an
 * exact count of a leader's 382k 已办 took 0.4 s on the 1M-case database). A box at the cap is
 * listed in `capped`: its figure means "at least".
 */
export async function boxCounts(
  db: Queryable,
  personId: string,
): Promise<Record<Box, number> & { ccUnread: number; capped: Box[] }> {
  const capped = (from: string, where: string) =>
    `(SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${COUNT_CAP + 1}) x)::int`
  const { rows } = await db.query(
    prepared(`SELECT ${capped('tasks', `assignee_id = $1 AND status = 'open' AND kind <> 'cc'`)} AS todo,
            ${capped('tasks', `assignee_id = $1 AND status = 'completed' AND kind <> 'cc'`)} AS done,
            ${capped('tasks', `assignee_id = $1 AND kind = 'cc'`)} AS cc,
            ${capped('tasks', `assignee_id = $1 AND kind = 'cc' AND status = 'open'`)} AS cc_unread,
            ${capped('cases', 'applicant_id = $1')} AS started`),
    [personId],
  )
  const counted = rows[0] as Record<Box | 'cc_unread', number>
  // 抄送我的 not yet read (已阅 marks them); at the cap like the boxes.
  const out = {
    todo: 0,
    done: 0,
    cc: 0,
    ccUnread: Math.min(counted.cc_unread, COUNT_CAP),
    started: 0,
    capped: [] as Box[],
  }
  for (const box of BOXES) {
    out[box] = Math.min(counted[box], COUNT_CAP)
    if (counted[box] > COUNT_CAP) out.capped.push(box)
  }
  return out
}
