import type { Principal } from '../../../libraries/auth/principal'
import { seesEverything } from '../../../libraries/auth/principal'
import type { Queryable } from '../../../libraries/db'
import { descendantsOf } from '../../directory/data-access/directory-repository'

/**
 * The one data-scope rule for cases, as SQL over `cases c`: admins (and unbound system keys) see
 * all; everyone sees the cases they applied for and the cases where they hold or held a task
 * (clerks "take part", approvers "their tasks' cases"); supervisors also see every case accepted
 * or applied for in their own region and below. Returns a condition and its parameters, numbered
 * from `firstArg`.
 */
export async function caseScope(
  db: Queryable,
  p: Principal,
  firstArg: number,
): Promise<{ sql: string; args: unknown[] }> {
  return (await caseScopeRule(db, p))(firstArg)
}

/**
 * The same rule, with its parameters numbered later: what needs the database (a supervisor's
 * region) is looked up now, the SQL is rendered where the statement puts it.
 */
export async function caseScopeRule(
  db: Queryable,
  p: Principal,
): Promise<(firstArg: number) => { sql: string; args: unknown[] }> {
  if (seesEverything(p)) return () => ({ sql: 'TRUE', args: [] })
  const personId = p.personId
  if (!personId) return () => ({ sql: 'FALSE', args: [] })
  const orgs =
    p.roles.includes('supervisor') && p.regionIds[0] ? await descendantsOf(db, [p.regionIds[0]]) : undefined
  return (firstArg) => {
    const me = `$${firstArg}`
    const parts = [
      `c.applicant_id = ${me}`,
      `EXISTS (SELECT 1 FROM tasks st WHERE st.case_id = c.id AND st.assignee_id = ${me})`,
    ]
    const args: unknown[] = [personId]
    if (orgs) {
      args.push(orgs)
      const n = `$${firstArg + 1}`
      parts.push(`c.accepting_org_id = ANY(${n}::text[])`, `c.applicant_org_id = ANY(${n}::text[])`)
    }
    return { sql: `(${parts.join(' OR ')})`, args }
  }
}

/** Whether `p` may read case `caseId` (false also when it does not exist). */
export async function mayReadCase(db: Queryable, p: Principal, caseId: string): Promise<boolean> {
  const scope = await caseScope(db, p, 2)
  const { rowCount } = await db.query(`SELECT 1 FROM cases c WHERE c.id = $1 AND ${scope.sql}`, [
    caseId,
    ...scope.args,
  ])
  return (rowCount ?? 0) > 0
}
