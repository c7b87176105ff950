import { cloneData } from '../shared/clone'
import type { DirectoryBinding, FormDocument } from '@tongban/schemas'
import { dataTree, type DataNode } from '../schema/data-tree'

/**
 * The applicant as the directory knows them, resolved by the host (the server's `/api/me`, the
 * workbench's session). Names follow the `applicant.*` bindings of the form contract.
 */
export interface ApplicantProfile {
  id?: string
  name?: string
  phone?: string
  email?: string
  /** Position name (职务), e.g. 科员. */
  position?: string
  orgId?: string
  orgName?: string
  regionId?: string
  regionName?: string
}

export interface AutoFillOptions {
  /** Value for the `today` binding, `YYYY-MM-DD` (the core has no clock). */
  today?: string
  /** Replace values already present (default: only fill empty fields). */
  overwrite?: boolean
}

export interface AutoFillResult {
  values: Record<string, unknown>
  /** Paths that were filled from the directory (the renderer marks them "来自人员库"). */
  filled: string[]
  /** Paths bound to the directory, filled or not. */
  bound: string[]
}

/**
 * Fill fields bound to directory data (`x-tongban.binding`) from the applicant's profile (减材料).
 * Pure: the profile comes in, a new values object goes out. Fields inside array rows are not bound.
 *
 * @example
 * autoFillValues(form, { name: '张三', orgName: '市档案馆' }, { current: {}, today: '2026-03-02' })
 * // { values: { applicantName: '张三', department: '市档案馆', applyDate: '2026-03-02' }, filled: [...] }
 */
export function autoFillValues(
  form: FormDocument,
  profile: ApplicantProfile,
  current: Record<string, unknown> = {},
  options: AutoFillOptions = {},
): AutoFillResult {
  const values = cloneData(current)
  const filled: string[] = []
  const bound: string[] = []
  const visit = (nodes: readonly DataNode[], target: Record<string, unknown>) => {
    for (const d of nodes) {
      if (d.kind === 'object') {
        const child = isObject(target[d.key]) ? (target[d.key] as Record<string, unknown>) : {}
        visit(d.children, child)
        if (Object.keys(child).length > 0) target[d.key] = child
        continue
      }
      const binding = d.node['x-tongban']?.binding
      if (!binding || d.kind !== 'leaf') continue
      bound.push(d.pattern)
      const value = bindingValue(binding, profile, options.today)
      if (value === undefined || value === '') continue
      if (!options.overwrite && !isEmpty(target[d.key])) continue
      target[d.key] = value
      filled.push(d.pattern)
    }
  }
  visit(dataTree(form), values)
  return { values, filled, bound }
}

/** The profile value a binding names. */
export function bindingValue(binding: DirectoryBinding, profile: ApplicantProfile, today?: string): string | undefined {
  if (binding === 'today') return today
  const key = binding.slice('applicant.'.length) as keyof ApplicantProfile
  return profile[key]
}

// helpers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
}
