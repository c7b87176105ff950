import { checkDataEdit } from '../fields/field-access'
import type { DataPatch } from '../types'
import { EngineFault } from './fault'
import type { Run } from './run'

/** Apply a data edit made at `nodeId`, refusing fields the node may not edit (422 per field). */
export function applyDataPatch(run: Run, nodeId: string, patch: DataPatch | undefined): void {
  if (!patch || Object.keys(patch).length === 0) return
  const error = checkDataEdit(run.bundle, nodeId, patch)
  if (error) throw new EngineFault(error)
  run.state.data = { ...run.state.data, ...patch }
  run.event('case.data-changed', { nodeId, data: { fields: Object.keys(patch), values: patch } })
}
