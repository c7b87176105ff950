import { loadBundle, loadCalendar, loadDirectory, loadSamples } from '@tongban/examples'
import { createDirectoryPort } from '@tongban/flow-engine'
import { compactFinished } from './compact-events'
import { Random } from './random'
import { simulateCase, type MatterWorld } from './simulate-case'

const directory = loadDirectory()
const orgOf = (id: string) => directory.people.find((p) => p.id === id)!.memberships[0]!.orgId
const sample = loadSamples('YX-RS-001')[0]!
const world: MatterWorld = {
  bundle: loadBundle('YX-RS-001'),
  directory: createDirectoryPort(directory),
  calendar: loadCalendar(),
  adminIds: [],
  applicant: { id: sample.applicantId, orgId: orgOf(sample.applicantId) },
  data: sample.data,
  ...(sample.chosenAssignees ? { chosenAssignees: sample.chosenAssignees } : {}),
  colleagues: () => [],
  medianDays: 0.3,
}
const NOW = '2026-11-27T09:00:00.000Z'

test('the same seed gives the same case', () => {
  const a = simulateCase(world, '2026-03-02T01:30:00.000Z', NOW, new Random(5))
  const b = simulateCase(world, '2026-03-02T01:30:00.000Z', NOW, new Random(5))
  expect(b).toEqual(a)
})

test('a case started long ago runs to its end; its log is continuous and in time order', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const t = simulateCase(world, '2026-03-02T01:30:00.000Z', NOW, new Random(seed))
    expect(['approved', 'completed', 'rejected', 'withdrawn', 'cancelled']).toContain(t.state.status)
    expect(t.events.map((e) => e.seq)).toEqual(t.events.map((_, i) => i + 1))
    const times = t.events.map((e) => e.at)
    expect([...times].sort()).toEqual(times)
  }
})

test('a case started an hour ago is still running, with open work', () => {
  const t = simulateCase(world, '2026-11-27T08:00:00.000Z', NOW, new Random(3))
  expect(t.state.status).toBe('in-progress')
  expect(t.tasks.some((task) => task.status === 'open')).toBe(true)
})

test('compaction drops only bookkeeping of finished cases and keeps state.seq = last seq', () => {
  const t = simulateCase(world, '2026-03-02T01:30:00.000Z', NOW, new Random(2))
  const c = compactFinished(t)
  expect(c.events.some((e) => e.type === 'timer.set' || e.type === 'directory.resolved')).toBe(false)
  expect(c.events.map((e) => e.seq)).toEqual(c.events.map((_, i) => i + 1))
  expect(c.state.seq).toBe(c.events.length)
  expect(c.events.filter((e) => e.type.startsWith('node.'))).toHaveLength(
    t.events.filter((e) => e.type.startsWith('node.')).length,
  )
  const open = simulateCase(world, '2026-11-27T08:00:00.000Z', NOW, new Random(3))
  expect(compactFinished(open)).toBe(open)
})
