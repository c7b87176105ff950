import type { MatterSummary } from '../../api/types'

export interface MatterFilter {
  /** Matches name, code, department name or category. */
  q?: string
  department?: string
  category?: string
}

/**
 * The catalog search: every word of `q` must match the name, code, department name or category.
 * @example filterMatters(list, { q: '档案' }, orgName)
 */
export function filterMatters(
  matters: readonly MatterSummary[],
  filter: MatterFilter,
  orgName: (id: string) => string,
): MatterSummary[] {
  const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  return matters.filter((m) => {
    if (filter.department && m.acceptingOrgId !== filter.department) return false
    if (filter.category && m.category !== filter.category) return false
    const haystack = `${m.name} ${m.code} ${orgName(m.acceptingOrgId)} ${m.category}`.toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
}

/** Distinct values for the filter selects, sorted. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'))
}
