import { errors, type FieldError } from '../../../libraries/errors/app-error'

/** The one filter object every figure, drill-down and export takes (from the query string). */
export interface MonitoringFilter {
  /** Submission day range, inclusive, `YYYY-MM-DD`. */
  from?: string
  to?: string
  matterId?: string
  orgId?: string
  /** How `orgId` matches: `subtree` (default) the department and every office below it; `exact` only it. */
  orgMatch?: 'subtree' | 'exact'
  regionId?: string
  status?: string
  /** Drill-down: which cases behind a figure. */
  measure?: Measure
  nodeId?: string
}

export const MEASURES = [
  'all',
  'finished',
  'open',
  'on-time',
  'late',
  'returned',
  'rejected',
  'online',
  'offline',
  'red',
  'yellow',
] as const
export type Measure = (typeof MEASURES)[number]

export const FILTER_QUERY = [
  { name: 'from', description: '受理（提交）日期起，YYYY-MM-DD / submitted from' },
  { name: 'to', description: '受理日期止（含） / submitted to (inclusive)' },
  { name: 'matterId', description: '事项 / matter' },
  {
    name: 'orgId',
    description:
      '受理部门：默认含其下属机构（orgMatch=subtree），orgMatch=exact 仅本部门 / accepting department and, by default, the offices below it',
  },
  {
    name: 'orgMatch',
    description: 'orgId 的匹配方式：subtree（默认，部门及下级）或 exact（仅本部门） / subtree (default) or exact',
    enum: ['subtree', 'exact'],
  },
  { name: 'regionId', description: '区域 / region' },
  { name: 'status', description: '办件状态 / case status' },
]

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TEXT = /^[\w.:-]{1,80}$/

/** Parse and check the filter; 422 naming the parameter on a bad value. */
export function parseFilter(query: Record<string, unknown>): MonitoringFilter {
  const problems: FieldError[] = []
  const f: MonitoringFilter = {}
  const str = (name: string): string | undefined => {
    const v = query[name]
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
  }
  for (const name of ['from', 'to'] as const) {
    const v = str(name)
    if (v === undefined) continue
    if (!DATE.test(v) || Number.isNaN(Date.parse(v)))
      problems.push(bad(name, `${name} 必须是日期 YYYY-MM-DD`, `${name} must be a date YYYY-MM-DD`))
    else f[name] = v
  }
  for (const name of ['matterId', 'orgId', 'regionId', 'status', 'nodeId'] as const) {
    const v = str(name)
    if (v === undefined) continue
    if (!TEXT.test(v)) problems.push(bad(name, `${name} 格式不正确`, `${name} is malformed`))
    else f[name] = v
  }
  const match = str('orgMatch')
  if (match !== undefined) {
    if (match === 'subtree' || match === 'exact') f.orgMatch = match
    else problems.push(bad('orgMatch', 'orgMatch 必须是 subtree/exact', 'orgMatch must be subtree or exact'))
  }
  const m = str('measure')
  if (m !== undefined) {
    if ((MEASURES as readonly string[]).includes(m)) f.measure = m as Measure
    else
      problems.push(
        bad(
          'measure',
          `measure 必须是 ${MEASURES.join('/')}`,
          `measure must be one of ${MEASURES.join(', ')}`,
        ),
      )
  }
  if (problems.length) throw errors.validation(problems)
  return f
}

/** The filter as SQL conditions over the fact alias `f`; parameters appended to `args`. */
export function filterSql(filter: MonitoringFilter, args: unknown[], alias = 'f'): string[] {
  const where: string[] = []
  const add = (sql: string, v: unknown) => {
    args.push(v)
    where.push(sql.replace('?', `$${args.length}`))
  }
  if (filter.from) add(`${alias}.submitted_day >= ?::date`, filter.from)
  if (filter.to) add(`${alias}.submitted_day <= ?::date`, filter.to)
  if (filter.matterId) add(`${alias}.matter_id = ?`, filter.matterId)
  if (filter.orgId && filter.orgMatch === 'exact') add(`${alias}.accepting_org_id = ?`, filter.orgId)
  else if (filter.orgId)
    add(
      `${alias}.accepting_org_id IN (WITH RECURSIVE down AS (
         SELECT id FROM organisations WHERE id = ?
         UNION SELECT o.id FROM organisations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)`,
      filter.orgId,
    )
  if (filter.regionId) add(`${alias}.region_id = ?`, filter.regionId)
  if (filter.status) add(`${alias}.status = ?`, filter.status)
  return where
}

/** The drill-down condition of a figure, over the case facts alias `f`. */
export function measureSql(measure: Measure | undefined, alias = 'f'): string {
  switch (measure ?? 'all') {
    case 'all':
      return 'TRUE'
    case 'finished':
      return `${alias}.finished`
    case 'open':
      return `NOT ${alias}.finished`
    case 'on-time':
      return `${alias}.on_time`
    case 'late':
      return `${alias}.on_time = false`
    case 'returned':
      return `${alias}.returns > 0`
    case 'rejected':
      return `${alias}.rejected`
    case 'online':
      return `${alias}.online`
    case 'offline':
      return `NOT ${alias}.online`
    case 'red':
      return `${alias}.card = 'red'`
    case 'yellow':
      return `${alias}.card = 'yellow'`
  }
}

function bad(name: string, message: string, messageEn: string): FieldError {
  return { path: `/query/${name}`, code: 'query.invalid', message, messageEn }
}
