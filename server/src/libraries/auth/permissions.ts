import type { PlatformRole } from '@tongban/schemas'

/**
 * Every permission a route can declare, and the platform roles that hold it. Data scope (which
 * rows) is decided separately in `data-scope.ts`; this table only says which kinds of action.
 */
export const PERMISSION_ROLES = {
  'directory:read': ['admin', 'designer', 'clerk', 'approver', 'supervisor', 'auditor'],
  'directory:write': ['admin'],
  'matters:read': ['admin', 'designer', 'clerk', 'approver', 'supervisor', 'auditor'],
  'matters:write': ['admin', 'designer'],
  'cases:create': ['admin', 'clerk'],
  'cases:read': ['admin', 'clerk', 'approver', 'supervisor'],
  'tasks:read': ['admin', 'clerk', 'approver', 'supervisor'],
  'tasks:act': ['admin', 'clerk', 'approver'],
  'audit:read': ['admin', 'auditor'],
  'webhooks:manage': ['admin'],
  'api-keys:manage': ['admin'],
  // Department leaders are approvers heading a department and the reform office is `designer`;
  // which rows each may see is decided by the monitoring scope.
  'monitoring:read': ['admin', 'designer', 'approver', 'supervisor'],
} as const satisfies Record<string, readonly PlatformRole[]>

export type Permission = keyof typeof PERMISSION_ROLES
export const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[]

/** What a route requires: no one (`public`), any logged-in principal, or one permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission

export function isPermission(value: string): value is Permission {
  return value in PERMISSION_ROLES
}
