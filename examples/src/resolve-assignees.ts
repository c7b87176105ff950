import type { AssigneeRule, MatterBundle, OrgRef } from '@tongban/schemas'
import type { DirectoryLookup } from './directory-lookup'

/**
 * Who an assignee rule names, as far as it can be known from the directory and the values a case
 * picked in its org/person fields (`picked`). Rules that depend on the applicant (applicant-head,
 * applicant, applicant-chosen, an OrgRef `from: 'applicant'`) resolve to nobody here: they need a
 * case. The engine has its own, complete resolution; this one proves the examples are wired.
 */
export function resolveAssignees(
  rule: AssigneeRule,
  bundle: MatterBundle,
  look: DirectoryLookup,
  picked: Record<string, string> = {},
): string[] {
  const orgOf = (ref: OrgRef): string | undefined => {
    if (ref.from === 'fixed') return ref.orgId
    if (ref.from === 'accepting') return bundle.matter.acceptingOrgId
    if (ref.from === 'field') return picked[ref.field]
    return undefined
  }
  switch (rule.kind) {
    case 'person':
      return rule.personIds
    case 'role': {
      const org = orgOf(rule.org)
      return org ? look.roleHolders(rule.role, org, rule.includeDescendants ?? false).map((p) => p.id) : []
    }
    case 'org-head': {
      const org = orgOf(rule.org)
      const head = org ? look.headOf(org, rule.levelsUp ?? 0) : undefined
      return head ? [head.id] : []
    }
    case 'org-leader': {
      const org = orgOf(rule.org)
      const leaders = org ? (look.org(org)?.leaders ?? []) : []
      return leaders.filter((l) => l.rank === (rule.rank ?? 1)).map((l) => l.personId)
    }
    case 'form-field': {
      const value = picked[rule.field]
      if (!value) return []
      if (rule.as === 'person') return [value]
      const head = look.headOf(value)
      return head ? [head.id] : []
    }
    default:
      return []
  }
}
