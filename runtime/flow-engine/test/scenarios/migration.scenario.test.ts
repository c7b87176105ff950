import { migrateCase, replay } from '../../src'
import { bundle, chain, n } from '../fixtures/bundles'
import { calendar2026 } from '../fixtures/calendar'
import { CaseHarness } from '../fixtures/harness'
import { violations } from '../fixtures/invariants'

const v1 = bundle([n.start(), n.approval('a', ['bob']), n.approval('b', ['carol']), n.end()], chain('start', 'a', 'b', 'end'), { version: 1 })
const v2 = bundle(
  [n.start(), n.approval('a', ['bob']), n.approval('b2', ['dave']), n.approval('c', ['erin']), n.end()],
  chain('start', 'a', 'b2', 'c', 'end'),
  { version: 2 },
)

describe('versioning and migration', () => {
  it('A running case stays on its version: commands with another version’s bundle are refused', () => {
    const h = new CaseHarness(v1).start()
    expect(h.state.matter.version).toBe(1)
  })
  it('dry run: Then the report says what would move and the state is untouched', () => {
    const h = new CaseHarness(v1).start().approve('bob')
    const r = migrateCase(h.state, v1, v2, { b: 'b2' }, h.ctx(), { dryRun: true })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.report.moves).toEqual([expect.objectContaining({ from: 'b', to: 'b2', kept: false })])
    expect(r.report.cancelledTaskIds).toHaveLength(1)
    expect(r.report.createdTaskIds).toHaveLength(1)
    expect(r.state).toBe(h.state)
    expect(r.events).toEqual([])
  })
  it('Then the waiting node is re-entered on the new version and the case continues there', () => {
    const h = new CaseHarness(v1).start().approve('bob')
    const r = migrateCase(h.state, v1, v2, { b: 'b2' }, h.ctx(), { dryRun: false })
    if (!r.ok) throw new Error(r.error.messageEn)
    expect(r.state.matter.version).toBe(2)
    expect(Object.values(r.state.tasks).map((t) => t.assigneeId)).toEqual(['dave'])
    expect(r.events[0]?.type).toBe('case.migrated')
    expect(violations(r.state)).toEqual([])
    // and replay of the whole log, given both versions, reproduces the migrated state
    const log = [...h.events, ...r.events]
    const re = replay(v1, log, { calendar: calendar2026, bundles: [v2] })
    expect(re.ok && re.state).toEqual(r.state)
  })
  it('An unchanged node keeps its tasks', () => {
    const h = new CaseHarness(v1).start()
    const task = h.taskOf('bob').id
    const r = migrateCase(h.state, v1, v2, {}, h.ctx(), { dryRun: false })
    if (!r.ok) throw new Error(r.error.messageEn)
    expect(Object.keys(r.state.tasks)).toEqual([task])
    expect(r.report.moves[0]?.kept).toBe(true)
  })
  it('A node missing from the new version without a mapping is refused with the issue named', () => {
    const h = new CaseHarness(v1).start().approve('bob')
    const r = migrateCase(h.state, v1, v2, {}, h.ctx(), { dryRun: true })
    expect(r.ok).toBe(false)
    expect(r.report.issues[0]).toMatchObject({ code: 'migration.unmapped-node', nodeId: 'b' })
  })
})
