/**
 * Scenarios on the real example matters (examples/): every example submission, approved by every
 * assignee, passes exactly the nodes the examples expect, ends approved/completed, keeps every
 * invariant and replays; the preview predicts the same nodes.
 */
import { loadBundles, loadCalendar, loadDirectory, loadSamples } from '@tongban/examples'
import { createDirectoryPort, previewPath } from '../../src'
import { CaseHarness } from '../fixtures/harness'
import { violations } from '../fixtures/invariants'

const directoryDoc = loadDirectory()
const directory = createDirectoryPort(directoryDoc)
const calendar = loadCalendar()
const bundles = new Map(loadBundles().map((b) => [b.matter.code, b]))
const samples = loadSamples()

describe('example matters', () => {
  it('has samples to run', () => {
    expect(samples.length).toBeGreaterThan(5)
  })
  it.each(samples.map((s) => [`${s.matterCode} ${s.name}`, s] as const))('%s: everyone approves → the expected path', (_name, sample) => {
    const bundle = bundles.get(sample.matterCode)!
    const orgId = directory.primaryOrgId(sample.applicantId)!
    const h = new CaseHarness(bundle, { directory, now: `${sample.submittedOn}T01:00:00.000Z` })
    h.start({ applicant: { id: sample.applicantId, orgId }, data: sample.data, ...(sample.chosenAssignees ? { chosenAssignees: sample.chosenAssignees } : {}) })
    for (let i = 0; i < 100 && h.status === 'in-progress'; i++) {
      const task = h.openTasks()[0]
      if (task) h.approve(task.assigneeId)
      else {
        const wait = h.state.tokens.find((t) => t.wait)?.wait
        if (wait?.kind === 'timer') h.fire('timer-node')
        else if (wait?.kind === 'callback') h.do({ type: 'service-callback', token: wait.callbackToken, body: {} })
        else if (wait?.kind === 'subflow') h.do({ type: 'subflow-finished', childCaseId: wait.childCaseId, outcome: 'approved', data: {} })
        else break
      }
      expect(violations(h.state)).toEqual([])
    }
    expect(['approved', 'completed']).toContain(h.status)
    const visited = [...new Set(h.state.path.filter((p) => !p.undone).map((p) => p.nodeId))]
    expect([...visited].sort()).toEqual([...new Set(sample.expectedNodes)].sort())
    const preview = previewPath(bundle, { applicant: { id: sample.applicantId, orgId }, data: sample.data, ...(sample.chosenAssignees ? { chosenAssignees: sample.chosenAssignees } : {}) }, { now: h.ctx().now, directory, calendar })
    expect([...new Set(preview.steps.map((s) => s.nodeId))].sort()).toEqual([...visited].sort())
    expect(h.replayed()).toEqual(h.state)
  })
})
