import { applyCommand, checkVersion, type CaseState } from '../../src'
import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'

const flow = bundle(
  [n.start(), n.approval('cs', ['bob', 'carol'], { multi: { mode: 'any' } }), n.approval('next', ['dave']), n.end()],
  chain('start', 'cs', 'next', 'end'),
)

/** What a host does: load, run, save with `WHERE state_version = loaded.version`. */
class FakeStore {
  constructor(public row: { state: CaseState; version: number }) {}
  load() {
    return this.row.state
  }
  save(loaded: CaseState, next: CaseState) {
    const conflict = checkVersion(loaded, this.row.version)
    if (conflict) return conflict
    this.row = { state: next, version: next.version }
    return null
  }
}

describe('concurrency: two commands computed from the same state version', () => {
  it('Then the second save is detected as a conflict (409) and the stored state is the first one’s', () => {
    const h = new CaseHarness(flow).start()
    const store = new FakeStore({ state: h.state, version: h.state.version })
    const seenByBob = store.load()
    const seenByCarol = store.load()
    const bob = applyCommand(flow, seenByBob, { type: 'approve', actorId: 'bob', taskId: h.taskOf('bob').id }, h.ctx())
    const carol = applyCommand(flow, seenByCarol, { type: 'approve', actorId: 'carol', taskId: h.taskOf('carol').id }, h.ctx())
    expect(bob.ok && carol.ok).toBe(true) // each is legal on its own snapshot …
    if (!bob.ok || !carol.ok) return
    expect(bob.state.version).toBe(carol.state.version) // … and both claim the same next version
    expect(store.save(seenByBob, bob.state)).toBeNull()
    const conflict = store.save(seenByCarol, carol.state)
    expect(conflict).toMatchObject({ code: 'case.version-conflict', status: 409 })
    expect(store.row.state).toBe(bob.state)
    // Carol retries on the fresh state: her task is gone (the or-sign was decided) → 404, no double decision.
    const retry = applyCommand(flow, store.load(), { type: 'approve', actorId: 'carol', taskId: h.taskOf('carol').id }, h.ctx())
    expect(retry).toMatchObject({ ok: false, error: { status: 404 } })
  })
  it('The input state is never mutated', () => {
    const h = new CaseHarness(flow).start()
    const snapshot = JSON.stringify(h.state)
    applyCommand(flow, h.state, { type: 'approve', actorId: 'bob', taskId: h.taskOf('bob').id }, h.ctx())
    expect(JSON.stringify(h.state)).toBe(snapshot)
  })
  it('A bundle of another version is refused', () => {
    const h = new CaseHarness(flow).start()
    const other = { ...flow, version: 2 }
    expect(applyCommand(other, h.state, { type: 'comment', actorId: 'alice', comment: 'x' }, h.ctx())).toMatchObject({
      ok: false,
      error: { code: 'case.bundle-mismatch', status: 409 },
    })
  })
  it('Events continue the log without gaps and carry the command for replay', () => {
    const h = new CaseHarness(flow).start().approve('bob')
    expect(h.events.map((e) => e.seq)).toEqual(h.events.map((_, i) => i + 1))
    const approveBatch = h.events.find((e) => (e.data?.command as { type?: string } | undefined)?.type === 'approve')
    expect(approveBatch?.type).toBe('task.completed')
    expect(h.events.filter((e) => e.type === 'directory.resolved').length).toBeGreaterThan(0)
  })
})
