import { basename } from 'node:path'
import {
  FLOW_EXPRESSION_CONTEXT, FORM_EXPRESSION_CONTEXT, MatterBundle, checkExpression, getComponent, templateExpression, validateAgainst, type Issue,
} from '@tongban/schemas'
import { listBundleFiles, loadBundle, loadBundles } from './index'
import { formFields, formNodes, templateStrings } from './bundle-facts'

const bundles = loadBundles()
const FORM_CONTEXT = FORM_EXPRESSION_CONTEXT
const FLOW_CONTEXT = FLOW_EXPRESSION_CONTEXT

describe.each(bundles.map((b) => [b.matter.code, b] as const))('matter bundle %s', (_code, bundle) => {
  const fields = formFields(bundle.form)
  const names = fields.map((f) => f.name)

  it('validates against MatterBundle and is published as version 1', () => {
    expect(validateAgainst(MatterBundle, bundle).issues).toEqual([])
    expect(bundle.matter.status).toBe('published')
    expect(bundle.version).toBe(1)
    expect(bundle.matter.version).toBe(1)
  })

  it('keeps the promised limit within the legal one', () => {
    const { legalDays, promisedDays } = bundle.matter.timeLimits
    if (legalDays !== undefined) expect(promisedDays).toBeLessThanOrEqual(legalDays)
  })

  it('uses only registered components, with visible ArrayTable columns', () => {
    for (const { node, path } of formNodes(bundle.form)) {
      for (const name of [node['x-component'], node['x-decorator']]) {
        if (name) expect({ path, name, registered: getComponent(name) !== undefined }).toEqual({ path, name, registered: true })
      }
      if (node['x-component'] === 'ArrayTable.Column') expect({ path, display: node['x-display'] }).toEqual({ path, display: 'visible' })
    }
  })

  it('has unique field names and binds the applicant fields to the directory', () => {
    expect(new Set(names).size).toBe(names.length)
    const binding = (n: string) => fields.find((f) => f.name === n)?.node['x-tongban']?.binding
    expect(binding('applicantName')).toBe('applicant.name')
    expect(binding('applicantOrg')).toBe('applicant.orgId')
    expect(binding('applicantPhone')).toBe('applicant.phone')
  })

  it('writes every form expression in the safe expression language, naming only existing fields', () => {
    const issues: Issue[] = []
    for (const { source, path } of templateStrings(bundle.form, '/form')) {
      issues.push(...checkExpression(templateExpression(source)!, { fields: names, context: FORM_CONTEXT }, path))
    }
    expect(issues).toEqual([])
  })

  it('writes every flow expression (conditions, timer dates, mappings) over existing fields', () => {
    const issues: Issue[] = []
    const check = (source: string, path: string) => issues.push(...checkExpression(source, { fields: names, context: FLOW_CONTEXT }, path))
    bundle.flow.edges.forEach((e, i) => e.condition && check(e.condition, `/flow/edges/${i}/condition`))
    bundle.flow.nodes.forEach((n, i) => {
      if (n.type === 'timer' && n.timer.kind === 'date') check(n.timer.expression, `/flow/nodes/${i}/timer/expression`)
      if (n.type === 'service') n.payload.forEach((m, k) => check(m.from, `/flow/nodes/${i}/payload/${k}/from`))
      if (n.type === 'service') for (const m of n.results ?? []) expect(names).toContain(m.to)
      if (n.type === 'subflow') n.inputs.forEach((m, k) => check(m.from, `/flow/nodes/${i}/inputs/${k}/from`))
    })
    expect(issues).toEqual([])
  })

  it('offers an upload for every required material the system cannot supply', () => {
    const uploads = fields.filter((f) => f.node['x-component'] === 'MaterialUpload')
    const offered = uploads.flatMap((f) => (f.node['x-component-props']?.materialIds as string[] | undefined) ?? [])
    const ids = bundle.matter.materials.map((m) => m.id)
    for (const id of offered) expect(ids).toContain(id)
    for (const m of bundle.matter.materials.filter((x) => x.required && !x.systemSupplied)) expect(offered).toContain(m.id)
  })

  it('gives field permissions only for fields the form has', () => {
    for (const n of bundle.flow.nodes) {
      if ('fieldPermissions' in n && n.fieldPermissions) {
        for (const f of Object.keys(n.fieldPermissions.fields)) expect({ node: n.id, field: f, known: names.includes(f) }).toEqual({ node: n.id, field: f, known: true })
      }
    }
  })

  it('is a well-formed graph: one start, reachable ends, conditions only out of splits, one default per split', () => {
    const ids = bundle.flow.nodes.map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(bundle.flow.nodes.filter((n) => n.type === 'start')).toHaveLength(1)
    const type = new Map(bundle.flow.nodes.map((n) => [n.id, n.type]))
    for (const e of bundle.flow.edges) {
      expect(type.has(e.source) && type.has(e.target)).toBe(true)
      const fromSplit = type.get(e.source) === 'exclusive' || type.get(e.source) === 'inclusive-split'
      if (e.condition || e.isDefault) expect({ edge: e.id, fromSplit }).toEqual({ edge: e.id, fromSplit: true })
    }
    for (const n of bundle.flow.nodes) {
      const out = bundle.flow.edges.filter((e) => e.source === n.id)
      if (n.type === 'exclusive' || n.type === 'inclusive-split') {
        expect({ split: n.id, defaults: out.filter((e) => e.isDefault).length }).toEqual({ split: n.id, defaults: 1 })
        expect(out.filter((e) => !e.isDefault).every((e) => e.condition)).toBe(true)
      }
      if (n.type === 'end') expect(out).toEqual([])
      else expect({ node: n.id, hasOut: out.length > 0 }).toEqual({ node: n.id, hasOut: true })
    }
    // every node reachable from the start
    const seen = new Set<string>(['start'])
    const queue = ['start']
    while (queue.length) {
      const id = queue.shift()!
      for (const e of bundle.flow.edges.filter((x) => x.source === id)) {
        if (!seen.has(e.target)) {
          seen.add(e.target)
          queue.push(e.target)
        }
      }
    }
    expect([...seen].sort()).toEqual([...ids].sort())
  })

  it('has a top-to-bottom layout position for every node', () => {
    const layout = bundle.layout!
    expect(Object.keys(layout.nodes).sort()).toEqual(bundle.flow.nodes.map((n) => n.id).sort())
    for (const e of bundle.flow.edges) expect(layout.nodes[e.target]!.y).toBeGreaterThan(layout.nodes[e.source]!.y)
  })
})

describe('the example matter catalogue', () => {
  it('holds at least 20 city matters plus county variants, one file per matter code', () => {
    expect(bundles.filter((b) => !b.matter.variantOf).length).toBeGreaterThanOrEqual(20)
    for (const [i, file] of listBundleFiles().entries()) expect(basename(file)).toBe(`${bundles[i]!.matter.code}.json`)
    const codes = bundles.map((b) => b.matter.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(bundles.map((b) => b.matter.id)).size).toBe(codes.length)
  })

  it('has at least 3 city standards with county variants that override something', () => {
    const variants = bundles.filter((b) => b.matter.variantOf)
    const standards = new Set(variants.map((v) => v.matter.variantOf))
    expect(standards.size).toBeGreaterThanOrEqual(3)
    for (const v of variants) {
      const std = bundles.find((b) => b.matter.id === v.matter.variantOf)!
      expect(std).toBeDefined()
      expect(std.matter.variantOf).toBeUndefined()
      expect(v.matter.regionId).not.toBe(std.matter.regionId)
      expect(v.matter.acceptingOrgId).not.toBe(std.matter.acceptingOrgId)
      const overrides = JSON.stringify(v.matter.timeLimits) !== JSON.stringify(std.matter.timeLimits) || JSON.stringify(v.flow) !== JSON.stringify(std.flow)
      expect({ variant: v.matter.code, overrides }).toEqual({ variant: v.matter.code, overrides: true })
    }
    // one variant adds an approval step the standard does not have
    expect(variants.some((v) => v.flow.nodes.length > bundles.find((b) => b.matter.id === v.matter.variantOf)!.flow.nodes.length)).toBe(true)
  })

  it('uses declarative linkage in several forms', () => {
    const withReactions = bundles.filter((b) => formNodes(b.form).some(({ node }) => node['x-reactions']))
    expect(withReactions.length).toBeGreaterThanOrEqual(3)
  })

  it('loads one bundle by code and names an unknown code in the error', () => {
    expect(loadBundle('YX-DA-001').matter.shortName).toBe('档案查阅')
    expect(() => loadBundle('NO-SUCH-1')).toThrow(/NO-SUCH-1/)
  })
})
