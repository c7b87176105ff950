import type { FieldAccess, FlowNodeType, MultiApproverMode } from '@tongban/schemas'
import type { EngineError } from './results'
import type { Effect } from './effects'
import type { CaseState } from './state'
import type { CaseEvent } from '@tongban/schemas'

/** One node on a predicted path (流程预测). */
export interface PreviewStep {
  nodeId: string
  nodeName: string
  type: FlowNodeType
  /** People who would get tasks (approval/handle), or be copied (cc). */
  assignees: string[]
  mode?: MultiApproverMode
  /** Policies that would apply: e.g. `skipped` when the node would pass automatically. */
  note?: 'auto-approved' | 'auto-rejected' | 'skipped' | 'no-assignee'
}

export interface PreviewResult {
  /** Nodes in the order they would be entered when everyone approves. */
  steps: PreviewStep[]
  /** How the case would end; `undetermined` if it did not finish within the step budget. */
  outcome: 'approved' | 'completed' | 'rejected' | 'undetermined'
  /** A problem that stops the case from starting (e.g. a condition error), when present. */
  error?: EngineError
}

/** What a migration did (or would do, in a dry run) to one case. */
export interface MigrationReport {
  caseId: string
  fromVersion: number
  toVersion: number
  /** Tokens moved: node in the old flow → node in the new one. */
  moves: Array<{ tokenId: string; from: string; to: string; kept: boolean }>
  /** Tasks closed because their node changed; new tasks are in the effects. */
  cancelledTaskIds: string[]
  createdTaskIds: string[]
  /** Problems; a migration with errors is refused. */
  issues: Array<{ code: string; message: string; messageEn: string; nodeId?: string }>
}

export type MigrationResult =
  | { ok: true; report: MigrationReport; state: CaseState; effects: Effect[]; events: CaseEvent[] }
  | { ok: false; report: MigrationReport; error: EngineError }

/** Field access of a task's node, after applying its field permissions to the form's fields. */
export interface TaskFieldAccess {
  nodeId: string
  access: Record<string, FieldAccess>
  visible: string[]
  editable: string[]
}
