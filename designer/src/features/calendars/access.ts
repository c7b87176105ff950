import type { SessionUser } from '../../api'

/**
 * Whether the signed-in user may administer working calendars: the server asks `directory:write`
 * for every change (held by platform administrators only).
 */
export function canAdministerCalendars(user: SessionUser | undefined): boolean {
  if (!user) return false
  return user.permissions ? user.permissions.includes('directory:write') : user.roles.includes('admin')
}
