import type { Command, EngineSuccess } from '@tongban/flow-engine'
import type { MatterBundle } from '@tongban/schemas'
import type { Principal } from '../../../libraries/auth/principal'
import { AppError } from '../../../libraries/errors/app-error'
import type { DeferredSessionCheck, RequestMeta } from '../../../libraries/http/request'
import type { CaseForCommand } from '../../cases/domain/run-command'
import { validatePatch } from '../../cases/domain/validate-case-data'
import { taskCommand, type TaskActionBody } from './build-command'

// What every task and case action shares: the request it gets, the answer it gives, the acting
// person and the expression scope of the case.

export interface ActionRequest {
  principal: Principal
  meta: RequestMeta
  idempotencyKey?: string
  /** The live session check, when authentication left it to this action's first query. */
  sessionCheck?: DeferredSessionCheck
  /** Method + path + body, fingerprinted for the idempotency key. */
  fingerprint: { method: string; path: string; body: unknown }
}

/** What an action answers (also what an idempotent replay returns). */
export interface ActionResponse {
  caseId: string
  status: string
  stateVersion: number
  currentNodeIds: string[]
  tasks: unknown[]
  events: Array<{ seq: number; type: string; nodeId?: string; taskId?: string }>
}

export function toResponse(caseId: string, r: EngineSuccess): ActionResponse {
  return {
    caseId,
    status: r.state.status,
    stateVersion: r.state.version,
    currentNodeIds: [...new Set(r.state.tokens.map((t) => t.nodeId))],
    tasks: r.effects.filter((e) => e.kind === 'task.upsert').map((e) => (e as { task: unknown }).task),
    events: r.events
      .filter((e) => e.type !== 'directory.resolved')
      .map((e) => ({
        seq: e.seq,
        type: e.type,
        ...(e.nodeId ? { nodeId: e.nodeId } : {}),
        ...(e.taskId ? { taskId: e.taskId } : {}),
      })),
  }
}

/** The person acting; a system key bound to no person may not. */
export function actor(p: Principal): string {
  if (!p.personId)
    throw new AppError(
      'task.no-person',
      '系统密钥未绑定人员，不能办理',
      403,
      'A system key bound to no person cannot act',
    )
  return p.personId
}

/** `$applicant` and `$case` for the form's expressions. */
export function scopeOf(row: CaseForCommand): Record<string, unknown> {
  return {
    $applicant: { id: row.applicantId, orgId: row.applicantOrgId },
    $case: { id: row.id, status: row.status },
  }
}

/**
 * The engine command of a task action: the data sent with it checked against what the task's node
 * may edit (on the case's current data), then the command.
 */
export function taskActionCommand(req: ActionRequest, taskId: string, nodeId: string, body: TaskActionBody) {
  return async (row: CaseForCommand, bundle: MatterBundle): Promise<Command> => {
    const data = body.data
      ? await validatePatch(bundle, nodeId, row.data, body.data, scopeOf(row))
      : undefined
    return taskCommand(actor(req.principal), taskId, body, data)
  }
}
