import { can, type Principal } from '../../../libraries/auth/principal'
import { AppError, errors } from '../../../libraries/errors/app-error'
import { findUploadRefs } from '../../attachments/domain/upload-refs'
import type { CaseDeps } from '../../cases/domain/case-deps'
import { caseScopeRule } from '../../cases/domain/case-scope'
import type { SaveGuard } from '../../cases/domain/persist-fast'
import { SaveNotMade, type CaseForCommand } from '../../cases/domain/run-command'
import { taskActionCommand, type ActionRequest } from './action-parts'
import type { TaskActionBody } from './build-command'
import type { StoredResponse } from './idempotency'
import { runAction } from './run-action'

/** The held-case attempt's outcome: the answer, or the request to run read-first. */
export type HeldCaseOutcome = { response: StoredResponse } | { readFirst: ActionRequest }

/**
 * An action on a case this process holds (CaseStateCache) in ONE round trip: no read first. The
 * engine runs on the held state, and the saving statement checks what the read would have: the
 * case is still at the held version (so the state the engine saw is the current one), the caller
 * may see the case, and, for a cached session, the session is live and the directory unchanged
 * since the principal was cached. Anything else — another server moved the case, the engine or
 * the data rules refuse on a held state that may be stale, the transition needs the general save,
 * a check fails — writes nothing and answers `readFirst`: the caller then takes the read-first
 * path, whose answer (404, 409, 422…) is the authoritative one. Only a dead session ends here (401).
 * Not for requests with an Idempotency-Key or with uploads to bind: those go read-first.
 */
export async function actOnHeldCase(
  deps: CaseDeps,
  taskId: string,
  body: TaskActionBody,
  req: ActionRequest,
): Promise<HeldCaseOutcome> {
  const held = deps.states?.forTask(taskId)
  const task = held?.state.tasks[taskId]
  if (!held || !task || req.idempotencyKey || (body.data && findUploadRefs(body.data).length))
    return { readFirst: req }
  const { state } = held
  const row: CaseForCommand = {
    id: held.caseId,
    matterId: state.matter.id,
    matterVersion: state.matter.version,
    status: state.status,
    data: state.data,
    applicantId: state.applicant.id,
    applicantOrgId: state.applicant.orgId,
    parentCaseId: held.parentCaseId,
    stateVersion: held.version,
    state,
  }
  const guard: SaveGuard = async () => {
    const scopeAt = await caseScopeRule(deps.pool, req.principal)
    return ({ first, name }) => {
      const scope = scopeAt(first + 1)
      const session = req.sessionCheck?.guard(first + 1 + scope.args.length, name)
      // The scope in a select list, as the read has it: in the UPDATE's WHERE the planner turns its
      // `OR EXISTS (tasks of the caller)` into a hash of all the caller's tasks.
      const visible = `${name('held_visible')} AS (SELECT ${scope.sql} AS ok FROM cases c WHERE c.id = $${first})`
      return {
        ctes: session ? `${visible}, ${session.ctes}` : visible,
        where: `(SELECT ok FROM ${name('held_visible')})${session ? ` AND ${session.where}` : ''}`,
        ...(session ? { select: session.select } : {}),
        args: [row.id, ...scope.args, ...(session?.args ?? [])],
      }
    }
  }
  try {
    const response = await runAction(
      deps,
      row.id,
      req,
      `task.${body.action}`,
      taskActionCommand(req, taskId, task.nodeId, body),
      { preloaded: row, guard },
    )
    return { response }
  } catch (err) {
    // A refusal on a held state may be the stale state's: the read-first path decides. Anything
    // else (the database failing, a bug) is not a refusal and is not hidden by a retry.
    if (!(err instanceof SaveNotMade) && !(err instanceof AppError)) throw err
    if (!(err instanceof SaveNotMade) || !err.answer || !req.sessionCheck) return { readFirst: req }
    // The statement ran and wrote nothing: the session check's part says whether that was the
    // session (401 here), the directory (start over as the principal is now) or something else.
    const fresh = await req.sessionCheck.settle(
      err.answer as { sessionOk: boolean; directoryVersion: string },
    )
    const { sessionCheck: _settled, ...rest } = req
    return { readFirst: fresh ? withPrincipal(rest, fresh) : rest }
  }
}

function withPrincipal(req: ActionRequest, fresh: Principal): ActionRequest {
  if (!can(fresh, 'tasks:act')) throw errors.forbidden('tasks:act')
  return { ...req, principal: fresh }
}
