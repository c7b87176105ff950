import type { DirectoryDocument } from '@tongban/schemas'
import { useEffect, useState } from 'react'
import type { Me } from '../../api/types'
import { monitoringApi } from './monitoring-api'

type Organisation = DirectoryDocument['organisations'][number]

/**
 * Whose figures the caller sees, as the server decides it (`GET /api/monitoring/scope`): `all`,
 * a supervisor's `region` and below, the `department`s a head or 分管领导 leads and the offices
 * below, or `none` (no menu entry). `orgIds`: the organisations in scope (empty for all/none).
 */
export interface ViewScope {
  kind: 'all' | 'region' | 'department' | 'none'
  orgIds: string[]
  label: string
  labelEn: string
}

const NONE: ViewScope = { kind: 'none', orgIds: [], label: '无', labelEn: 'None' }

/** One request per signed-in person, shared by the menu, the dashboard and the trace links. */
const cache = new Map<string, Promise<ViewScope>>()

/**
 * The caller's monitoring scope from the server; `none` without `monitoring:read` (no request: the
 * route would answer 403). A failed request is not cached (the next caller asks again).
 */
export function loadMonitoringScope(me: Me): Promise<ViewScope> {
  if (!me.permissions.includes('monitoring:read')) return Promise.resolve(NONE)
  const key = me.personId ?? me.username
  let scope = cache.get(key)
  if (!scope) {
    scope = monitoringApi.scope().catch((e: unknown) => {
      cache.delete(key)
      throw e
    })
    cache.set(key, scope)
  }
  return scope
}

/** Forget the cached scopes (tests; a sign-out keeps them keyed by person, so no need there). */
export function forgetMonitoringScopes(): void {
  cache.clear()
}

/** Whether the caller may open the dashboard (menu entry, trace links). */
export function seesMonitoring(scope: ViewScope | null | undefined): boolean {
  return !!scope && scope.kind !== 'none'
}

/**
 * The caller's scope for a component: `scope` null while loading (or for nobody signed in),
 * `error` when the server could not say.
 */
export function useMonitoringScope(me: Me | null | undefined): {
  scope: ViewScope | null
  loading: boolean
  error: unknown
} {
  const [state, setState] = useState<{ key: string; scope: ViewScope | null; error: unknown }>({
    key: '',
    scope: null,
    error: null,
  })
  const key = me ? `${me.personId ?? me.username}:${me.permissions.includes('monitoring:read')}` : ''
  useEffect(() => {
    if (!me) return
    let live = true
    loadMonitoringScope(me).then(
      (scope) => live && setState({ key, scope, error: null }),
      (error: unknown) => live && setState({ key, scope: null, error }),
    )
    return () => {
      live = false
    }
    // `key` names everything of `me` the scope depends on.
  }, [key])
  const current = state.key === key && !!me
  return {
    scope: current ? state.scope : null,
    loading: !!me && !current,
    error: current ? state.error : null,
  }
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
