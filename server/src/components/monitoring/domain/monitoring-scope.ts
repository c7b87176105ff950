import type { Principal } from '../../../libraries/auth/principal'
import { seesEverything } from '../../../libraries/auth/principal'
import type { Queryable } from '../../../libraries/db'
import { AppError } from '../../../libraries/errors/app-error'
import { descendantsOf } from '../../directory/data-access/directory-repository'

/** Which cases' figures a caller may see: all, or those accepted by these organisations. */
export type MonitoringScope = { all: true } | { all: false; orgIds: string[]; basis: 'region' | 'department' }

/**
 * The caller's scope as `GET /api/monitoring/scope` tells it: `none` when they may not see any
 * figures (the menu entry is then hidden), `orgIds` the organisations whose accepted cases they see
 * (empty for `all` and `none`), `label` a display name (Chinese; `labelEn` English).
 */
export interface ScopeView {
  kind: 'all' | 'region' | 'department' | 'none'
  orgIds: string[]
  label: string
  labelEn: string
}

/**
 * The one scope rule of monitoring: administrators and the reform office (designers) see
 * everything; a supervisor sees the cases accepted in their region and below; a department head or
 * leader (分管领导) sees the cases their departments (and offices below) accepted; anyone else
 * nothing (`none`). Auditors never reach here (no `monitoring:read`).
 */
export async function resolveScope(db: Queryable, p: Principal): Promise<ScopeView> {
  if (seesEverything(p) || p.roles.includes('designer'))
    return { kind: 'all', orgIds: [], label: '全部', labelEn: 'All' }
  let roots: string[] = []
  let kind: 'region' | 'department' = 'region'
  if (p.roles.includes('supervisor') && p.regionIds[0]) roots = [p.regionIds[0]]
  else if (p.personId) {
    const { rows } = await db.query(
      `SELECT id FROM organisations
        WHERE kind <> 'region' AND (head_id = $1 OR leaders @> jsonb_build_array(jsonb_build_object('personId', $1::text)))
        ORDER BY id`,
      [p.personId],
    )
    roots = rows.map((r) => r.id as string)
    kind = 'department'
  }
  if (roots.length === 0) return { kind: 'none', orgIds: [], label: '无', labelEn: 'None' }
  const names = await db.query(`SELECT name FROM organisations WHERE id = ANY($1::text[]) ORDER BY id`, [roots])
  const label = names.rows.map((r) => r.name as string).join('、')
  return { kind, orgIds: await descendantsOf(db, roots), label, labelEn: label }
}

/** The scope for SQL; 403 `monitoring.no-scope` when the caller has none. */
export async function monitoringScope(db: Queryable, p: Principal): Promise<MonitoringScope> {
  const view = await resolveScope(db, p)
  if (view.kind === 'all') return { all: true }
  if (view.kind !== 'none') return { all: false, orgIds: view.orgIds, basis: view.kind }
  throw new AppError(
    'monitoring.no-scope',
    '没有可查看的监控范围（需为监察员、部门负责人或分管领导）',
    403,
    'No monitoring scope: you are neither a supervisor nor a department head or leader',
  )
}

/** The scope as SQL over the fact alias `f` (numbered from `$n`). */
export function scopeSql(scope: MonitoringScope, args: unknown[], alias = 'f'): string {
  if (scope.all) return 'TRUE'
  args.push(scope.orgIds)
  return `${alias}.accepting_org_id = ANY($${args.length}::text[])`
}
