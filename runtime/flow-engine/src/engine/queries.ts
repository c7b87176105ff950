import type { MatterBundle } from '@tongban/schemas'
import { Run } from '../core/run'
import { findReturnTarget } from '../core/returns'
import type { CaseState, EngineContext } from '../types'

/**
 * Nodes the holder of a live task may return (退回) to: earlier approval/handle nodes on the branch's
 * taken path, latest first, plus the start node (= the applicant, 补正).
 */
export function listReturnTargets(
  bundle: MatterBundle,
  state: CaseState,
  taskId: string,
): Array<{ nodeId: string; nodeName: string }> {
  const task = state.tasks[taskId]
  if (!task) return []
  const activity = Object.values(state.activities).find((a) => a.slots.some((s) => s.chain.some((x) => x.taskId === taskId)))
  const token = activity && state.tokens.find((t) => t.id === activity.tokenId)
  if (!token) return []
  const run = new Run(bundle, state, NO_CTX, null)
  const seen = new Set<string>()
  const out: Array<{ nodeId: string; nodeName: string }> = []
  for (let i = state.path.length - 1; i >= 0; i--) {
    const e = state.path[i]!
    if (e.undone || seen.has(e.nodeId) || e.nodeId === task.nodeId) continue
    seen.add(e.nodeId)
    const found = findReturnTarget(run, token.stack, e.nodeId)
    if ('reason' in found) continue
    out.push({ nodeId: e.nodeId, nodeName: run.flow.nodes.get(e.nodeId)?.name ?? e.nodeId })
  }
  return out
}

// findReturnTarget reads only the path; a context is needed to build a Run but never consulted.
const NO_CTX: EngineContext = {
  now: '1970-01-01T00:00:00.000Z',
  calendar: { id: 'none', name: 'none', weekend: [], timeZone: 'UTC', years: {} },
  directory: {
    primaryOrgId: () => null,
    parentOrgId: () => null,
    orgHeadId: () => null,
    orgLeaderId: () => null,
    peopleWithRole: () => [],
    isActivePerson: () => false,
    adminIds: () => [],
  },
}
