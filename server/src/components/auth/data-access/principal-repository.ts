import type { OrgRoleGrant, PlatformRole } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import type { Principal } from '../../../libraries/auth/principal'
import { ancestorsOf } from '../../directory/data-access/directory-repository'

/** Build the principal of an active person: roles, organisations (primary first), regions, org roles. */
export async function loadPersonPrincipal(db: Queryable, personId: string): Promise<Principal | null> {
  const person = await db.query(
    `SELECT id, username, name, roles FROM people WHERE id = $1 AND status = 'active'`,
    [personId],
  )
  const row = person.rows[0]
  if (!row) return null
  const memberships = await db.query(
    'SELECT org_id FROM memberships WHERE person_id = $1 ORDER BY is_primary DESC, org_id',
    [personId],
  )
  const grants = await db.query('SELECT role, org_id FROM role_grants WHERE person_id = $1', [personId])
  const orgIds = [...new Set(memberships.rows.map((r) => r.org_id as string))]
  const up = await ancestorsOf(db, orgIds)
  return {
    kind: 'user',
    personId: row.id,
    username: row.username,
    name: row.name,
    roles: row.roles as PlatformRole[],
    orgIds,
    regionIds: up.filter((o) => o.kind === 'region').map((o) => o.id),
    orgRoles: grants.rows.map((g) => ({ role: g.role, orgId: g.org_id }) as OrgRoleGrant),
  }
}
