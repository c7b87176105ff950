import { evaluateExpression, getValidationRule, templateExpression, type FormNode, type MatterBundle } from '@tongban/schemas'
import { buildSamples } from '../scripts/build-samples'
import { loadBundles, loadDirectory, loadSamples, type ExampleSubmission } from './index'
import { formFields } from './bundle-facts'
import { createDirectoryLookup } from './directory-lookup'
import { predictPath } from './predict-path'

const dir = loadDirectory()
const look = createDirectoryLookup(dir)
const bundles = loadBundles()
const samples = loadSamples()
const bundleOf = (s: ExampleSubmission) => bundles.find((b) => b.matter.code === s.matterCode)!

/** Problems of one value against its field node (type, enum, bounds, validators, pickers). */
function problems(name: string, node: FormNode, value: unknown): string[] {
  const out: string[] = []
  const fail = (why: string) => out.push(`${name}: ${why} (${JSON.stringify(value)})`)
  const type = node.type
  if (type === 'string' && typeof value !== 'string') fail('expected a string')
  if ((type === 'number' || type === 'integer') && typeof value !== 'number') fail('expected a number')
  if (type === 'integer' && !Number.isInteger(value)) fail('expected an integer')
  if (type === 'boolean' && typeof value !== 'boolean') fail('expected a boolean')
  if (type === 'array' && !Array.isArray(value)) fail('expected an array')
  const allowed = (node.enum ?? []).map((o) => (typeof o === 'object' ? o.value : o))
  if (allowed.length) for (const v of Array.isArray(value) ? value : [value]) if (!allowed.includes(v)) fail('not an option')
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail(`below ${node.minimum}`)
    if (node.maximum !== undefined && value > node.maximum) fail(`above ${node.maximum}`)
  }
  if (typeof value === 'string' && node.maxLength !== undefined && value.length > node.maxLength) fail('too long')
  const validators = [node['x-validator'] ?? []].flat()
  for (const v of validators) {
    if (typeof v === 'string') {
      const message = getValidationRule(v)?.(value)
      if (message) fail(message.en)
    } else {
      if (v.pattern && !new RegExp(v.pattern).test(String(value))) fail(`does not match ${v.pattern}`)
      if (v.maximum !== undefined && Number(value) > v.maximum) fail(`above ${v.maximum}`)
    }
  }
  const component = node['x-component']
  for (const v of [value].flat()) {
    if (component === 'OrgPicker' && !look.org(String(v))) fail('unknown organisation')
    if (component === 'PersonPicker' && !look.person(String(v))) fail('unknown person')
  }
  if (component === 'ArrayTable' && Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) fail(`fewer than ${node.minItems} rows`)
    const cells = new Map<string, FormNode>()
    for (const column of Object.values(node.items?.properties ?? {})) for (const [k, f] of Object.entries(column.properties ?? {})) if (f.type !== 'void') cells.set(k, f)
    value.forEach((row: Record<string, unknown>, i) => {
      for (const [k, v] of Object.entries(row)) {
        const cell = cells.get(k)
        if (!cell) fail(`row ${i}: unknown column ${k}`)
        else out.push(...problems(`${name}[${i}].${k}`, cell, v))
      }
      for (const [k, f] of cells) if (f.required && row[k] === undefined) fail(`row ${i}: ${k} is required`)
    })
  }
  return out
}

function inScope(bundle: MatterBundle, personId: string): boolean {
  const person = look.person(personId)!
  const scope = bundle.matter.applicantScope
  if (scope.kind === 'any-organisation') return true
  if (scope.kind === 'org-roles') return (person.orgRoles ?? []).some((g) => scope.roles?.includes(g.role))
  const allowed = new Set((scope.orgIds ?? []).flatMap((o) => look.descendants(o).map((d) => d.id)))
  return person.memberships.some((m) => allowed.has(m.orgId))
}

describe('example submissions', () => {
  it('cover every matter', () => {
    for (const b of bundles) expect({ code: b.matter.code, samples: samples.some((s) => s.matterCode === b.matter.code) }).toEqual({ code: b.matter.code, samples: true })
  })

  it('match their generator', () => {
    expect(samples).toEqual(buildSamples())
  })

  it('loads the samples of one matter', () => {
    expect(loadSamples('YX-DA-001').map((s) => s.name)).toEqual(['非涉密档案阅览', '涉密档案复制（分管领导审批）'])
  })

  describe.each(samples.map((s) => [`${s.matterCode} ${s.name}`, s] as const))('%s', (_name, sample) => {
    const bundle = bundleOf(sample)
    const fields = formFields(bundle.form)

    it('comes from an applicant the matter accepts, with the applicant block of the directory', () => {
      expect(look.person(sample.applicantId)).toBeDefined()
      expect(inScope(bundle, sample.applicantId)).toBe(true)
      expect(sample.data.applicantOrg).toBe(look.person(sample.applicantId)!.memberships.find((m) => m.primary)!.orgId)
    })

    it('fills only fields the applicant may edit, all required ones, each valid', () => {
      const start = bundle.flow.nodes.find((n) => n.type === 'start')!
      const hidden = Object.entries(start.type === 'start' ? (start.fieldPermissions?.fields ?? {}) : {}).filter(([, a]) => a === 'hidden').map(([f]) => f)
      const issues: string[] = []
      for (const [key, value] of Object.entries(sample.data)) {
        const field = fields.find((f) => f.name === key)
        if (!field) issues.push(`${key}: not a field of the form`)
        else if (hidden.includes(key)) issues.push(`${key}: hidden from the applicant`)
        else issues.push(...problems(key, field.node, value))
      }
      for (const f of fields) {
        // conditionally required fields (x-reactions) are checked by the form runtime, not here
        if (f.node.required === true && !f.node['x-reactions'] && sample.data[f.name] === undefined && f.node['x-component'] !== 'MaterialUpload') {
          issues.push(`${f.name}: required`)
        }
      }
      expect(issues).toEqual([])
    })

    it('chooses, for every applicant-chosen rule, people holding a candidate role', () => {
      for (const n of bundle.flow.nodes) {
        if (!('assignees' in n)) continue
        for (const rule of n.assignees) {
          if (rule.kind !== 'applicant-chosen') continue
          const chosen = sample.chosenAssignees?.[n.id] ?? []
          expect({ node: n.id, chosen: chosen.length > 0 }).toEqual({ node: n.id, chosen: true })
          if (!rule.multiple) expect(chosen).toHaveLength(1)
          for (const id of chosen) expect((look.person(id)?.orgRoles ?? []).some((g) => rule.candidateRoles?.includes(g.role) ?? true)).toBe(true)
        }
      }
    })

    it('holds, in computed fields, what their expression computes', () => {
      for (const f of fields.filter((x) => x.node['x-tongban']?.computed)) {
        const reaction = [f.node['x-reactions'] ?? []].flat()[0]
        const source = templateExpression(reaction?.fulfill?.state?.value)
        expect({ field: f.name, source: typeof source }).toEqual({ field: f.name, source: 'string' })
        const expected = evaluateExpression(source!, { ...sample.data, $values: sample.data })
        expect({ field: f.name, value: sample.data[f.name] }).toEqual({ field: f.name, value: expected })
      }
    })

    it('passes the expected nodes when everyone approves', () => {
      expect(predictPath(bundle.flow, sample.data)).toEqual(sample.expectedNodes)
    })
  })
})
