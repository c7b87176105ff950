import type { Principal } from '../../../libraries/auth/principal'
import { seesEverything } from '../../../libraries/auth/principal'
import type { Queryable } from '../../../libraries/db'
import { AppError } from '../../../libraries/errors/app-error'
import { descendantsOf } from '../../directory/data-access/directory-repository'

/** Which cases' figures a caller may see: all, or those accepted by these organisations. */
export type MonitoringScope = { all: true } | { all: false; orgIds: string[]; basis: 'region' | 'department' }

/**
 * The one scope rule of monitoring: administrators and the reform office (designers) see
 * everything; a supervisor sees the cases accepted in their region and below; a department head or
 * leader (分管领导) sees the cases their departments (and offices below) accepted. Anyone else:
 * 403 `monitoring.no-scope`. Auditors never reach here (no `monitoring:read`).
 */
export async function monitoringScope(db: Queryable, p: Principal): Promise<MonitoringScope> {
  if (seesEverything(p) || p.roles.includes('designer')) return { all: true }
  if (p.roles.includes('supervisor') && p.regionIds[0])
    return { all: false, orgIds: await descendantsOf(db, [p.regionIds[0]]), basis: 'region' }
  if (p.personId) {
    const { rows } = await db.query(
      `SELECT id FROM organisations
        WHERE kind <> 'region' AND (head_id = $1 OR leaders @> jsonb_build_array(jsonb_build_object('personId', $1::text)))`,
      [p.personId],
    )
    if (rows.length)
      return {
        all: false,
        orgIds: await descendantsOf(
          db,
          rows.map((r) => r.id as string),
        ),
        basis: 'department',
      }
  }
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
