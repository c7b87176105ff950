import { validateBundle, validateCalendar, validateDirectory } from '@tongban/schemas'
import { loadBundles, loadCalendar, loadDirectory } from './index'

// The contract's own validators (schema + semantic checks, the same as `npx tongban check`), with
// the directory's organisation roles and the catalogue's matter codes as the known names.
// The examples must pass with no issue at all, warnings included.
const dir = loadDirectory()
const bundles = loadBundles()
const options = { knownRoles: dir.orgRoles.map((r) => r.code), knownMatterCodes: bundles.map((b) => b.matter.code) }

describe('the contract accepts the examples', () => {
  it('validateDirectory: no issues', () => expect(validateDirectory(dir)).toEqual([]))

  it('validateCalendar: no issues', () => expect(validateCalendar(loadCalendar())).toEqual([]))

  it.each(bundles.map((b) => [b.matter.code, b] as const))('validateBundle %s: no issues', (_code, bundle) => {
    expect(validateBundle(bundle, options)).toEqual([])
  })

  it('validateBundle rejects a sub-flow into an unknown matter and a role nobody defined', () => {
    const survey = structuredClone(bundles.find((b) => b.matter.code === 'YX-TK-001')!)
    for (const n of survey.flow.nodes) {
      if (n.type === 'subflow') n.matterCode = 'YX-NONE-404'
      if (n.type === 'approval') n.assignees = [{ kind: 'role', role: 'no-such-role', org: { from: 'accepting' } }]
    }
    const codes = validateBundle(survey, options).map((i) => i.code)
    expect(codes).toEqual(expect.arrayContaining(['flow.unknown-role', 'flow.unknown-matter']))
  })
})
