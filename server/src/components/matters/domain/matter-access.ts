import type { Principal } from '../../../libraries/auth/principal'
import type { Queryable } from '../../../libraries/db'
import { ancestorsOf } from '../../directory/data-access/directory-repository'
import type { MatterSearch } from '../data-access/matter-repository'

/** Designers and admins work on drafts; everyone else sees the published catalog. */
export function editsMatters(p: Principal): boolean {
  return (
    p.roles.includes('admin') || p.roles.includes('designer') || (p.kind === 'api-key' && p.personId === null)
  )
}

/**
 * Which matters a principal may see in the catalog. Clerks who are nothing more see only the
 * published matters they may apply for (applicant scope); other readers see every published one.
 */
export async function catalogScope(
  db: Queryable,
  p: Principal,
): Promise<Pick<MatterSearch, 'publishedOnly' | 'applicableTo'>> {
  if (editsMatters(p)) return { publishedOnly: false }
  const onlyClerk = !p.roles.some((r) => r === 'approver' || r === 'supervisor' || r === 'auditor')
  if (!onlyClerk) return { publishedOnly: true }
  const up = await ancestorsOf(db, p.orgIds)
  return {
    publishedOnly: true,
    applicableTo: {
      orgAndAncestorIds: up.map((o) => o.id),
      orgRoles: [...new Set(p.orgRoles.map((g) => g.role))],
    },
  }
}
