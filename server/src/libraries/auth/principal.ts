import type { OrgRoleGrant, PlatformRole } from '@tongban/schemas'
import { PERMISSION_ROLES, type Permission } from './permissions'

/** Who is calling: a logged-in person, or another system with an API key. */
export interface Principal {
  kind: 'user' | 'api-key'
  /** The person acted as; null for a system API key not bound to a person. */
  personId: string | null
  username: string
  name: string
  roles: PlatformRole[]
  /** Organisations the person belongs to; the primary one first. */
  orgIds: string[]
  /** Regions above the person's organisations (nearest first), for supervisors' read scope. */
  regionIds: string[]
  orgRoles: OrgRoleGrant[]
  /** API keys only: the permissions granted to the key. */
  scopes?: Permission[]
  sessionId?: string
  apiKeyId?: string
}

/**
 * The one authorisation rule for kinds of action: a user holds a permission through a role; an API
 * key holds the permissions in its scopes, and (when bound to a person) only those the person also
 * holds.
 */
export function can(principal: Principal, permission: Permission): boolean {
  const roles: readonly string[] = PERMISSION_ROLES[permission]
  const byRole = principal.roles.some((r) => roles.includes(r))
  if (principal.kind === 'user') return byRole
  const scoped = principal.scopes?.includes(permission) ?? false
  return principal.personId ? scoped && byRole : scoped
}

/** Admins and unbound system keys see every row of what they may read. */
export function seesEverything(principal: Principal): boolean {
  return principal.roles.includes('admin') || (principal.kind === 'api-key' && principal.personId === null)
}
