import { ACTION_NAMES, AssigneeRule, FLOW_NODE_TYPES, FieldAccess, MultiApproverMode, NodePolicies, OrgRef } from '@tongban/schemas'
import { loadBundles } from './index'
import { assigneeRules, formNodes, humanNodes } from './bundle-facts'

// The examples exist to exercise the engine, the server and the designer. These tests read the
// allowed values from the contract itself, so a new node type, mode or policy added to the schemas
// fails here until some example uses it.

const bundles = loadBundles()
const nodes = bundles.flatMap((b) => b.flow.nodes)
const humans = bundles.flatMap(humanNodes)
const rules = bundles.flatMap((b) => assigneeRules(b).map((r) => r.rule))

type TSchema = object

/** The literal values of a union (`anyOf`) or tag values of a discriminated union (`oneOf`). */
function literals(schema: TSchema, tag?: string): string[] {
  const s = schema as { anyOf?: Array<{ const?: unknown }>; oneOf?: Array<{ properties?: Record<string, { const?: unknown }> }> }
  if (tag) return (s.oneOf ?? []).map((v) => String(v.properties?.[tag]?.const))
  return (s.anyOf ?? []).map((v) => String(v.const))
}
const policy = (name: string) => (NodePolicies.properties as unknown as Record<string, TSchema & { properties?: Record<string, TSchema> }>)[name]!

const used = <T>(values: Array<T | undefined>) => [...new Set(values.filter((v): v is T => v !== undefined))].map(String).sort()
const expectAll = (actual: string[], all: string[]) => {
  // guard: an empty list read from the contract would make the check vacuous
  expect(all.length).toBeGreaterThan(1)
  expect(actual).toEqual(expect.arrayContaining(all))
}

describe('the examples exercise the whole flow contract', () => {
  it('uses every node type', () => expectAll(used(nodes.map((n) => n.type)), [...FLOW_NODE_TYPES]))

  it('uses every multi-approver mode, and one-vote veto in a countersign', () => {
    expectAll(used(humans.map((n) => n.multi?.mode)), literals(MultiApproverMode))
    expect(humans.some((n) => n.multi?.mode === 'all' && n.multi.anyRejectionEnds)).toBe(true)
    expect(humans.some((n) => n.multi?.mode === 'ratio' && typeof n.multi.ratio === 'number')).toBe(true)
  })

  it('uses every assignee rule kind and every way of naming an organisation', () => {
    expectAll(used(rules.map((r) => r.kind)), literals(AssigneeRule, 'kind'))
    expectAll(used(rules.map((r) => ('org' in r ? r.org.from : undefined))), literals(OrgRef, 'from'))
    expectAll(used(rules.map((r) => (r.kind === 'applicant-head' ? r.mode : undefined))), ['chain', 'nth'])
    expectAll(used(rules.map((r) => (r.kind === 'form-field' ? r.as : undefined))), ['org-head', 'person'])
    expect(rules.some((r) => r.kind === 'role' && r.includeDescendants)).toBe(true)
  })

  it('uses every policy value', () => {
    expectAll(used(humans.map((n) => n.policies?.emptyAssignee?.action)), literals(policy('emptyAssignee').properties!.action!))
    expectAll(used(humans.map((n) => n.policies?.applicantIsApprover)), literals(policy('applicantIsApprover')))
    expectAll(used(humans.map((n) => n.policies?.duplicateApprover)), literals(policy('duplicateApprover')))
    expectAll(used(humans.map((n) => n.policies?.rejection?.action)), literals(policy('rejection').properties!.action!))
    expectAll(used(humans.map((n) => n.policies?.timeout?.action)), literals(policy('timeout').properties!.action!))
    expect(humans.some((n) => n.policies?.timeout?.maxReminders && n.policies.timeout.remindEvery)).toBe(true)
  })

  it('uses read, edit and hidden field permissions, on start, task and cc nodes', () => {
    const accesses = nodes.flatMap((n) => ('fieldPermissions' in n && n.fieldPermissions ? [n.fieldPermissions.default, ...Object.values(n.fieldPermissions.fields)] : []))
    expectAll(used(accesses), literals(FieldAccess))
    for (const type of ['start', 'approval', 'handle', 'cc']) {
      expect(nodes.some((n) => n.type === type && 'fieldPermissions' in n && n.fieldPermissions)).toBe(true)
    }
  })

  it('uses both timer kinds, services with and without callback, sub-flow mappings, every end outcome', () => {
    expectAll(used(nodes.map((n) => (n.type === 'timer' ? n.timer.kind : undefined))), ['date', 'duration'])
    expectAll(used(nodes.map((n) => (n.type === 'service' ? String(n.waitForCallback) : undefined))), ['false', 'true'])
    expect(nodes.some((n) => n.type === 'service' && (n.results ?? []).length > 0)).toBe(true)
    expect(nodes.some((n) => n.type === 'subflow' && n.inputs.length > 0 && n.outputs.length > 0)).toBe(true)
    expectAll(used(nodes.map((n) => (n.type === 'end' ? n.outcome : undefined))), ['approved', 'completed', 'rejected'])
  })

  it('uses conditions with defaults on exclusive and inclusive splits', () => {
    const edges = bundles.flatMap((b) => b.flow.edges.map((e) => ({ e, from: b.flow.nodes.find((n) => n.id === e.source)!.type })))
    for (const split of ['exclusive', 'inclusive-split']) {
      expect(edges.some(({ e, from }) => from === split && e.condition)).toBe(true)
      expect(edges.some(({ e, from }) => from === split && e.isDefault)).toBe(true)
    }
    expect(edges.some(({ e }) => e.condition?.includes('||'))).toBe(true)
  })

  it('uses node time limits in working days and hours, and both resubmission settings', () => {
    expectAll(used(humans.map((n) => n.timeLimit?.unit)), ['hour', 'workday'])
    expectAll(used(bundles.map((b) => b.flow.settings.resubmit)), ['back-to-returner', 'restart'])
    expect(bundles.some((b) => !b.flow.settings.allowWithdraw)).toBe(true)
    expect(bundles.some((b) => !b.flow.settings.allowCancel)).toBe(true)
  })

  it('uses legal and promised limits, required and optional materials, and system-supplied ones', () => {
    expect(bundles.some((b) => b.matter.timeLimits.legalDays !== undefined)).toBe(true)
    expect(bundles.some((b) => b.matter.timeLimits.legalDays === undefined)).toBe(true)
    const materials = bundles.flatMap((b) => b.matter.materials)
    expect(materials.some((m) => m.systemSupplied && m.source)).toBe(true)
    expect(materials.some((m) => !m.systemSupplied && m.required)).toBe(true)
    expect(materials.some((m) => !m.required)).toBe(true)
    expect(materials.some((m) => m.template)).toBe(true)
    expect(bundles.some((b) => b.matter.applicantScope.kind !== 'any-organisation')).toBe(true)
  })

  it('uses declarative form linkage of every common kind: visible, required, value, disabled; and bindings', () => {
    const reactions = bundles.flatMap((b) => formNodes(b.form).flatMap(({ node }) => [node['x-reactions'] ?? []].flat()))
    const states = reactions.flatMap((r) => [r.fulfill?.state, r.otherwise?.state]).filter((x) => x !== undefined)
    const keys = new Set(states.flatMap((st) => Object.keys(st)))
    for (const k of ['visible', 'required', 'value', 'disabled']) expect({ linkage: k, used: keys.has(k) }).toEqual({ linkage: k, used: true })
    expect(reactions.some((r) => typeof r.when === 'string' && r.otherwise)).toBe(true)
    const bindings = bundles.flatMap((b) => formNodes(b.form).map(({ node }) => node['x-tongban']?.binding))
    expectAll(used(bindings), ['applicant.name', 'applicant.orgId', 'applicant.phone', 'applicant.position', 'today'])
    expect(bundles.some((b) => formNodes(b.form).some(({ node }) => node['x-tongban']?.computed))).toBe(true)
  })

  it('allows every task action on some node (urge belongs to the applicant, not to a task), and restricts some nodes', () => {
    expectAll(used(humans.flatMap((n) => n.actions ?? [])), ACTION_NAMES.filter((a) => a !== 'urge'))
    expect(humans.some((n) => n.actions && !n.actions.includes('return'))).toBe(true)
    expect(humans.some((n) => (n.commentRequired ?? []).length > 0)).toBe(true)
  })
})
