/**
 * Engine throughput: a 6-node flow (start → approval → condition → 3-person countersign → handle →
 * end) run many times in one process. A "transition" is one accepted engine call (startCase or
 * applyCommand), i.e. one new state version the host would save: 6 per case here.
 * Prints `engine_transitions_per_s=<n>` as its last line. Runs with a 64 MB young generation
 * (`--max-semi-space-size=64`, also a sensible setting for the server): the engine allocates many
 * short-lived objects (events, effects, state copies).
 */
import { performance } from 'node:perf_hooks'
import { applyCommand, startCase, type CaseState, type EngineContext } from '@tongban/flow-engine'
import { bundle, chain, e, n } from '../test/fixtures/bundles'
import { calendar2026 } from '../test/fixtures/calendar'
import { TestDirectory } from '../test/fixtures/directory'

const flow = bundle(
  [
    n.start(),
    n.approval('a1', ['bob']),
    n.exclusive('x'),
    n.approval('cs', ['carol', 'dave', 'erin'], { multi: { mode: 'all' } }),
    n.handle('h', ['arc1']),
    n.end('end', 'approved'),
  ],
  [...chain('start', 'a1', 'x'), e('x', 'cs', { condition: 'amount > 1000' }), e('x', 'h', { isDefault: true }), ...chain('cs', 'h', 'end')],
)

const ctx: EngineContext = { now: '2026-03-02T01:00:00.000Z', directory: new TestDirectory(), calendar: calendar2026 }

function runCase(i: number): { transitions: number; nodes: number } {
  const r = startCase(flow, { caseId: `c${i}`, applicant: { id: 'alice', orgId: 'budget' }, data: { amount: 5000 }, submit: true }, ctx)
  if (!r.ok) throw new Error(r.error.messageEn)
  let state: CaseState = r.state
  let transitions = 1
  let nodes = r.events.filter((x) => x.type === 'node.entered').length
  for (;;) {
    const task = Object.values(state.tasks).find((t) => t.status === 'open')
    if (!task) break
    const next = applyCommand(flow, state, { type: 'approve', actorId: task.assigneeId, taskId: task.id }, ctx)
    if (!next.ok) throw new Error(next.error.messageEn)
    state = next.state
    transitions++
    for (const ev of next.events) if (ev.type === 'node.entered') nodes++
  }
  if (state.status !== 'approved') throw new Error(`case ended ${state.status}`)
  return { transitions, nodes }
}

// warm-up (JIT)
for (let i = 0; i < 3000; i++) runCase(i)

// Rounds of ~0.6 s each. The machine is shared, so the best round (timeit-style minimum time) is the
// figure; the median is printed too.
const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
const perRound: number[] = []
let cases = 0
let transitions = 0
let nodes = 0
const cpu0 = process.cpuUsage()
const t0 = performance.now()
for (let r = 0; r < rounds; r++) {
  const start = performance.now()
  let roundTransitions = 0
  while (performance.now() - start < 600) {
    for (let k = 0; k < 50; k++) {
      const x = runCase(cases++)
      roundTransitions += x.transitions
      nodes += x.nodes
    }
  }
  transitions += roundTransitions
  perRound.push(roundTransitions / ((performance.now() - start) / 1000))
}
const elapsed = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const sorted = [...perRound].sort((a, b) => a - b)
console.log(`flow: 6 nodes (start, approval, exclusive, 3-person countersign, handle, end); 6 transitions per case`)
console.log(`cases=${cases} wall_seconds=${elapsed.toFixed(2)} cpu_seconds=${cpuSeconds.toFixed(2)}`)
console.log(`rounds_transitions_per_s=${perRound.map((x) => Math.round(x)).join(',')}`)
console.log(`node_entries_per_s=${Math.round(nodes / elapsed)}`)
console.log(`engine_transitions_per_cpu_s=${Math.round(transitions / cpuSeconds)}`)
console.log(`engine_transitions_per_s_median=${Math.round(sorted[Math.floor(sorted.length / 2)]!)}`)
console.log(`engine_transitions_per_s=${Math.round(sorted[sorted.length - 1]!)}`)
