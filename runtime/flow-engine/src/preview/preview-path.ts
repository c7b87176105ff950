import type { MatterBundle } from '@tongban/schemas'
import type { EngineContext, PreviewResult } from '../types'

/**
 * 流程预测: the path and approvers a case with this data would take if everyone approved. Runs the
 * real engine (the same code that executes) on a throw-away case, approving every task, firing
 * timer nodes and answering services and sub-flows.
 *
 * @example previewPath(bundle, { applicant, data: { amount: 20000 } }, ctx).steps.map((s) => s.nodeId)
 */
export function previewPath(
  _bundle: MatterBundle,
  _input: { applicant: { id: string; orgId: string }; data: Record<string, unknown>; chosenAssignees?: Record<string, string[]> },
  _ctx: EngineContext,
): PreviewResult {
  throw new Error('not implemented')
}
