import type { MatterBundle } from '@tongban/schemas'
import type { CaseState, DataPatch, EngineError, TaskFieldAccess } from '../types'

/** Top-level data field names of the bundle's form (layout containers are looked through). */
export function formFieldNames(_bundle: MatterBundle): string[] {
  throw new Error('not implemented')
}

/** Field access of a node (start, approval, handle or cc). */
export function nodeFieldAccess(_bundle: MatterBundle, _nodeId: string): TaskFieldAccess {
  throw new Error('not implemented')
}

/** Field access of the node of a live task, or null when the task is unknown. */
export function taskFieldAccess(_bundle: MatterBundle, _state: CaseState, _taskId: string): TaskFieldAccess | null {
  throw new Error('not implemented')
}

/**
 * Check a data edit against a node's field permissions: null when allowed, else a 422 error with one
 * detail per refused field.
 */
export function checkDataEdit(_bundle: MatterBundle, _nodeId: string, _patch: DataPatch): EngineError | null {
  throw new Error('not implemented')
}
