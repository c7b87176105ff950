import type { AssigneeRule, MatterBundle } from '@tongban/schemas'
import { DEMO_PEOPLE, loadBundle, loadBundles, loadDirectory } from './index'
import { assigneeRules, formFields, humanNodes } from './bundle-facts'
import { createDirectoryLookup } from './directory-lookup'
import { resolveAssignees } from './resolve-assignees'

const dir = loadDirectory()
const look = createDirectoryLookup(dir)
const bundles = loadBundles()
const roleCodes = new Set(dir.orgRoles.map((r) => r.code))

const resolve = (rule: AssigneeRule, bundle: MatterBundle, picked?: Record<string, string>) => resolveAssignees(rule, bundle, look, picked)

const orgsInScope = (regionId: string) => new Set(look.descendants(regionId).map((o) => o.id))

describe.each(bundles.map((b) => [b.matter.code, b] as const))('references of %s', (_code, bundle) => {
  const fields = formFields(bundle.form)
  const fieldNamed = (name: string) => fields.find((f) => f.name === name)

  it('names a region and an accepting organisation inside it', () => {
    expect(look.org(bundle.matter.regionId)?.kind).toBe('region')
    expect(orgsInScope(bundle.matter.regionId).has(bundle.matter.acceptingOrgId)).toBe(true)
    for (const o of bundle.matter.applicantScope.orgIds ?? []) expect(look.org(o)).toBeDefined()
    for (const r of bundle.matter.applicantScope.roles ?? []) expect(roleCodes.has(r)).toBe(true)
    expect(look.person(bundle.publishedBy!)?.roles).toContain('designer')
  })

  it('names only existing people, roles and organisations in its assignee rules and policies', () => {
    for (const { rule, path } of assigneeRules(bundle)) {
      const orgRef = 'org' in rule ? rule.org : undefined
      if (orgRef?.from === 'fixed') expect({ path, org: look.org(orgRef.orgId) !== undefined }).toEqual({ path, org: true })
      if (orgRef?.from === 'field') expect({ path, picker: fieldNamed(orgRef.field)?.node['x-component'] }).toEqual({ path, picker: 'OrgPicker' })
      if (rule.kind === 'person') for (const id of rule.personIds) expect(look.person(id)).toBeDefined()
      if (rule.kind === 'role') expect({ path, role: roleCodes.has(rule.role) }).toEqual({ path, role: true })
      if (rule.kind === 'applicant-chosen') for (const r of rule.candidateRoles ?? []) expect(roleCodes.has(r)).toBe(true)
      if (rule.kind === 'form-field') {
        const component = fieldNamed(rule.field)?.node['x-component']
        expect({ path, component }).toEqual({ path, component: rule.as === 'person' ? 'PersonPicker' : 'OrgPicker' })
      }
    }
    for (const n of humanNodes(bundle)) for (const id of n.policies?.emptyAssignee?.personIds ?? []) expect(look.person(id)).toBeDefined()
  })

  it('resolves every rule with a known organisation to someone, unless the node says what to do when nobody is found', () => {
    for (const { node, rule, path } of assigneeRules(bundle)) {
      const orgRef = 'org' in rule ? rule.org : undefined
      if (!orgRef || orgRef.from === 'field' || orgRef.from === 'applicant') continue
      const found = resolve(rule, bundle)
      const covered = node.type === 'approval' || node.type === 'handle' ? node.policies?.emptyAssignee !== undefined : false
      expect({ path, resolves: found.length > 0 || covered }).toEqual({ path, resolves: true })
    }
  })

  it('returns only to nodes of its own flow', () => {
    const ids = new Set(bundle.flow.nodes.map((n) => n.id))
    for (const n of humanNodes(bundle)) {
      const r = n.policies?.rejection
      if (r?.action === 'return-to-node') expect({ node: n.id, target: r.nodeId && ids.has(r.nodeId) }).toEqual({ node: n.id, target: true })
    }
  })

  it('starts sub-flows on matters that exist, mapping into fields the child form has', () => {
    for (const n of bundle.flow.nodes) {
      if (n.type !== 'subflow') continue
      const child = bundles.find((b) => b.matter.code === n.matterCode)
      expect(child).toBeDefined()
      const childFields = formFields(child!.form).map((f) => f.name)
      for (const m of n.inputs) expect(childFields).toContain(m.to)
      for (const m of n.outputs) {
        expect(childFields).toContain(m.from)
        expect(fields.map((f) => f.name)).toContain(m.to)
      }
    }
  })
})

describe('demo scenarios resolve to the DEMO_PEOPLE', () => {
  const node = (code: string, id: string) => loadBundle(code).flow.nodes.find((n) => n.id === id)!
  const people = (code: string, id: string, picked?: Record<string, string>) => {
    const b = loadBundle(code)
    const n = node(code, id)
    return 'assignees' in n ? n.assignees.flatMap((r) => resolve(r, b, picked)) : []
  }

  it('档案查阅: the archive office accepts, the deputy curator approves classified look-ups', () => {
    expect(people('YX-DA-001', 'accept')).toContain(DEMO_PEOPLE.archiveApprover.id)
    expect(people('YX-DA-001', 'accept')).not.toContain(DEMO_PEOPLE.archiveApplicant.id)
    expect(people('YX-DA-001', 'leader')).toEqual([DEMO_PEOPLE.archiveLeader.id])
  })

  it('人员借调 lent by 市统计局: its head and the organisation department countersign, nobody else', () => {
    const countersigners = people('YX-RS-001', 'countersign', { lendingOrg: 'yx-tjj' })
    expect(countersigners.sort()).toEqual([DEMO_PEOPLE.secondmentLendingHead.id, DEMO_PEOPLE.secondmentOrgDept.id].sort())
    expect(countersigners).not.toContain(DEMO_PEOPLE.bystander.id)
    expect(people('YX-RS-001', 'hr')).toContain(DEMO_PEOPLE.secondmentHr.id)
  })

  it('the bystander is never an assignee of any rule that can be resolved statically', () => {
    for (const b of bundles) for (const { rule } of assigneeRules(b)) expect(resolve(rule, b)).not.toContain(DEMO_PEOPLE.bystander.id)
  })
})
