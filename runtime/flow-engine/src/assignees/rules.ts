import type { AssigneeRule, AssigneeRuleKind, OrgRef } from '@tongban/schemas'
import type { Run } from '../core/run'

/** Resolves one kind of assignee rule to people (in order). */
type RuleResolver<K extends AssigneeRuleKind> = (run: Run, rule: Extract<AssigneeRule, { kind: K }>, nodeId: string) => string[]

/** One resolver per rule kind, assembled here (register, don't switch). */
export const ASSIGNEE_RULES: { [K in AssigneeRuleKind]: RuleResolver<K> } = {
  person: (run, rule) => rule.personIds.filter((p) => run.directory.isActivePerson(p)),
  role: (run, rule) => {
    const org = orgOf(run, rule.org)
    return org ? run.directory.peopleWithRole(rule.role, org, rule.includeDescendants ?? false) : []
  },
  'org-head': (run, rule) => {
    const org = ancestor(run, orgOf(run, rule.org), rule.levelsUp ?? 0)
    return single(org ? run.directory.orgHeadId(org) : null)
  },
  'applicant-head': (run, rule) => {
    const heads: string[] = []
    let org: string | null = run.state.applicant.orgId
    for (let level = 1; level <= rule.levels && org; level++) {
      const head = run.directory.orgHeadId(org)
      if (rule.mode === 'chain' || level === rule.levels) heads.push(...single(head))
      org = run.directory.parentOrgId(org)
    }
    return heads
  },
  'org-leader': (run, rule) => {
    const org = orgOf(run, rule.org)
    return single(org ? run.directory.orgLeaderId(org, rule.rank ?? 1) : null)
  },
  'applicant-chosen': (run, rule, nodeId) => {
    const chosen = run.state.chosenAssignees[nodeId] ?? []
    const active = chosen.filter((p) => run.directory.isActivePerson(p))
    return rule.multiple ? active : active.slice(0, 1)
  },
  'form-field': (run, rule) => {
    const ids = idsOf(run.state.data[rule.field])
    if (rule.as === 'person') return ids.filter((p) => run.directory.isActivePerson(p))
    return ids.flatMap((org) => single(run.directory.orgHeadId(org)))
  },
  applicant: (run) => [run.state.applicant.id],
}

/** People named by a node's rules, concatenated in order and de-duplicated. */
export function resolveAssignees(run: Run, rules: readonly AssigneeRule[], nodeId: string): string[] {
  const out: string[] = []
  for (const rule of rules) {
    const resolver = ASSIGNEE_RULES[rule.kind] as RuleResolver<typeof rule.kind>
    for (const p of resolver(run, rule as never, nodeId)) if (!out.includes(p)) out.push(p)
  }
  return out
}

/** Whether the rules make heads approve one after another (连续多级). */
export function impliesSequence(rules: readonly AssigneeRule[]): boolean {
  return rules.some((r) => r.kind === 'applicant-head' && r.mode === 'chain')
}

// helpers

function orgOf(run: Run, ref: OrgRef): string | null {
  switch (ref.from) {
    case 'fixed':
      return ref.orgId
    case 'applicant':
      return run.state.applicant.orgId
    case 'accepting':
      return run.bundle.matter.acceptingOrgId
    case 'field':
      return idsOf(run.state.data[ref.field])[0] ?? null
  }
}

function ancestor(run: Run, org: string | null, levels: number): string | null {
  let current = org
  for (let i = 0; i < levels && current; i++) current = run.directory.parentOrgId(current)
  return current
}

function single(id: string | null | undefined): string[] {
  return id ? [id] : []
}

/** A picker value: an id, `{ id }`/`{ value }`, or a list of those. */
function idsOf(value: unknown): string[] {
  if (typeof value === 'string' && value) return [value]
  if (Array.isArray(value)) return value.flatMap(idsOf)
  if (value && typeof value === 'object') {
    const v = value as { id?: unknown; value?: unknown }
    return idsOf(v.id ?? v.value)
  }
  return []
}
