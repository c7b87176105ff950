import type { MatterBundle } from '@tongban/schemas'
import type { CaseState } from '../types'

/** Nodes a task's holder may return (退回) to: earlier human nodes on the branch's taken path. */
export function listReturnTargets(
  _bundle: MatterBundle,
  _state: CaseState,
  _taskId: string,
): Array<{ nodeId: string; nodeName: string }> {
  throw new Error('not implemented')
}
