import type { DirectoryDocument } from '@tongban/schemas'
import type { Me } from '../../api/types'

type Organisation = DirectoryDocument['organisations'][number]

/** Whose figures the caller sees, as the server decides it (shown on the dashboard; the server enforces it). */
export type ViewScope =
  | { kind: 'all' }
  | { kind: 'region'; regionId: string; orgIds: string[] }
  | { kind: 'department'; headOf: string[]; orgIds: string[] }

/**
 * The caller's monitoring scope, mirroring the server's rule (`monitoring-scope.ts` of the server's
 * monitoring component): administrators and the reform office (designers) see everything; a
 * supervisor their region and below; a department head or 分管领导 their departments and the offices
 * below; anyone else nothing (`null`: no menu entry). Needs `monitoring:read`.
 */
export function viewScopeOf(me: Me, organisations: readonly Organisation[]): ViewScope | null {
  if (!me.permissions.includes('monitoring:read')) return null
  if (me.roles.includes('admin') || me.roles.includes('designer')) return { kind: 'all' }
  const regionId = me.regionIds[0]
  if (me.roles.includes('supervisor') && regionId)
    return { kind: 'region', regionId, orgIds: descendants(organisations, [regionId]) }
  const personId = me.personId
  if (!personId) return null
  const headOf = organisations
    .filter(
      (o) =>
        o.kind !== 'region' &&
        (o.headId === personId || (o.leaders ?? []).some((l) => l.personId === personId)),
    )
    .map((o) => o.id)
  if (headOf.length === 0) return null
  return { kind: 'department', headOf, orgIds: descendants(organisations, headOf) }
}

/** The organisations in scope and below them (ids), roots first. */
export function descendants(organisations: readonly Organisation[], roots: readonly string[]): string[] {
  const children = new Map<string, string[]>()
  for (const o of organisations)
    if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id])
  const out: string[] = []
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const id = queue.shift() as string
    if (seen.has(id)) continue
    seen.add(id)
    out.push(id)
    queue.push(...(children.get(id) ?? []))
  }
  return out
}

/**
 * Filter choices inside the scope: the regions, the accepting departments (those some matter names)
 * and the matters whose cases the caller may see.
 */
export function filterChoices<M extends { acceptingOrgId: string; regionId: string }>(
  scope: ViewScope,
  organisations: readonly Organisation[],
  matters: readonly M[],
): { regions: Organisation[]; departments: Organisation[]; matters: M[] } {
  const inScope = scope.kind === 'all' ? null : new Set(scope.orgIds)
  const visibleMatters = matters.filter((m) => !inScope || inScope.has(m.acceptingOrgId))
  const accepting = new Set(visibleMatters.map((m) => m.acceptingOrgId))
  const regionIds = new Set(visibleMatters.map((m) => m.regionId))
  return {
    regions:
      scope.kind === 'department'
        ? []
        : organisations.filter((o) => o.kind === 'region' && regionIds.has(o.id)),
    departments: organisations.filter((o) => accepting.has(o.id)),
    matters: visibleMatters,
  }
}
