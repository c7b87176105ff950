import { can, type Principal } from '../../../libraries/auth/principal'
import { prepared } from '../../../libraries/db'
import { AppError, errors } from '../../../libraries/errors/app-error'
import { checkUploadRefs, type PendingUploads } from '../../attachments/domain/bind-uploads'
import { findUploadRefs } from '../../attachments/domain/upload-refs'
import { CASE_COLUMNS, findCase, type CaseRow } from '../../cases/data-access/case-repository'
import type { CaseDeps } from '../../cases/domain/case-deps'
import { caseScope, mayReadCase } from '../../cases/domain/case-scope'
import { validateCaseData, validatePatch } from '../../cases/domain/validate-case-data'
import { findTaskClosure } from '../data-access/task-closure'
import { actOnHeldCase } from './act-on-held-case'
import { actor, scopeOf, taskActionCommand, type ActionRequest } from './action-parts'
import { caseCommand, type CaseActionBody, type TaskActionBody } from './build-command'
import { findStored, requestHash, type StoredResponse } from './idempotency'
import { principalKey, runAction } from './run-action'
import { LIVE_TASK_STATUSES, taskClosedError } from './task-closed'

/** Engine refusals that, for a task that is no longer live, mean "already handled". */
const CLOSED_TASK_CODES = new Set(['task.not-found', 'case.finished'])

/**
 * Act on a task (approve, reject, return, transfer…). Exactly one of many concurrent actions on a
 * case wins; the others get 409. With an Idempotency-Key the stored response is replayed.
 */
export async function actOnTask(
  deps: CaseDeps,
  taskId: string,
  body: TaskActionBody,
  req: ActionRequest,
): Promise<StoredResponse> {
  const held = await actOnHeldCase(deps, taskId, body, req)
  return 'response' in held ? held.response : actReadFirst(deps, taskId, body, held.readFirst)
}

/** The task, its case and the caller's right to it read first; then the engine and the save. */
async function actReadFirst(
  deps: CaseDeps,
  taskId: string,
  body: TaskActionBody,
  req: ActionRequest,
): Promise<StoredResponse> {
  // The task, its case (with state) and the caller's right to see it, in one round trip; with
  // the live session check too when authentication left it to us.
  // The state only when this process does not hold that case's state at the stored version
  // ($2, $3; see CaseStateCache).
  const scope = await caseScope(deps.pool, req.principal, 4)
  const read = `SELECT ${CASE_COLUMNS}, CASE WHEN c.id = $2::text AND c.state_version = $3::int THEN NULL ELSE c.state END AS state,
         t.node_id AS "taskNodeId", ${scope.sql} AS visible
       FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id = $1`
  const live = req.sessionCheck?.sql(4 + scope.args.length)
  const cached = deps.states?.forTask(taskId)
  const { rows } = await deps.pool.query(
    prepared(
      live
        ? `WITH ${live.ctes} SELECT ${live.select}, x.* FROM (SELECT) one LEFT JOIN LATERAL (${read}) x ON true`
        : read,
    ),
    [taskId, cached?.caseId ?? '', cached?.version ?? -1, ...scope.args, ...(live?.args ?? [])],
  )
  let found = rows[0] as (CaseRow & { taskNodeId: string; visible: boolean }) | undefined
  if (live && req.sessionCheck) {
    const {
      sessionOk,
      directoryVersion,
      sessionTouched: _t,
      ...rest
    } = rows[0] as {
      sessionOk: boolean
      directoryVersion: string
      sessionTouched: number
    } & CaseRow & { taskNodeId: string; visible: boolean }
    const fresh = await req.sessionCheck.settle({ sessionOk, directoryVersion })
    if (fresh) {
      // The directory changed since the principal was cached: start over with the current one.
      if (!can(fresh, 'tasks:act')) throw errors.forbidden('tasks:act')
      const { sessionCheck: _c, ...again } = req
      return actReadFirst(deps, taskId, body, { ...again, principal: fresh })
    }
    found = rest.id ? rest : undefined
  }
  if (!found || !found.visible) throw errors.notFound('待办', 'Task', taskId)
  const { taskNodeId, visible: _visible, ...caseRow } = found
  if (caseRow.state === null && cached) caseRow.state = cached.state
  else deps.states?.set(caseRow.id, caseRow.stateVersion, caseRow.state, caseRow.parentCaseId)
  const uploads = await uploadsOf(deps, req.principal, caseRow, body.data)
  let first: CaseRow | undefined = caseRow
  return idempotent(deps, req, () => {
    // Only the first run may use the row read above; a later one reads the case again.
    const preloaded = first
    first = undefined
    return runAction(
      deps,
      caseRow.id,
      req,
      `task.${body.action}`,
      taskActionCommand(req, taskId, taskNodeId, body),
      { preloaded, uploads },
    ).catch(async (err: unknown) => {
      // The engine no longer knows the task (or the case is over): if the task exists but was
      // closed, say so as a conflict (someone handled it first), not "not found". 撤回 acts on a
      // closed task by design and keeps the engine's answer.
      if (!(err instanceof AppError) || !CLOSED_TASK_CODES.has(err.code) || body.action === 'withdraw')
        throw err
      const closure = await findTaskClosure(deps.pool, taskId)
      if (closure && !LIVE_TASK_STATUSES.includes(closure.status)) throw taskClosedError(closure)
      throw err
    })
  })
}

/** Case-level actions: submit a draft, resubmit after 补正, withdraw, cancel, urge, comment, cc. */
export async function actOnCase(
  deps: CaseDeps,
  caseId: string,
  body: CaseActionBody,
  req: ActionRequest,
): Promise<StoredResponse> {
  if (!(await mayReadCase(deps.pool, req.principal, caseId))) throw errors.notFound('办件', 'Case', caseId)
  const uploads =
    body.data && findUploadRefs(body.data).length
      ? await uploadsOf(deps, req.principal, await findCase(deps.pool, caseId, false), body.data)
      : undefined
  return idempotent(deps, req, () =>
    runAction(
      deps,
      caseId,
      req,
      `case.${body.action}`,
      async (row, bundle) => {
        let data: Record<string, unknown> | undefined
        if (body.data) {
          const startId = bundle.flow.nodes.find((n) => n.type === 'start')?.id ?? 'start'
          if (body.action === 'submit' || body.action === 'resubmit') {
            data = await validateCaseData(
              bundle,
              { ...row.data, ...body.data },
              { nodeId: startId, previous: row.data, scope: scopeOf(row) },
            )
          } else {
            data = await validatePatch(bundle, startId, row.data, body.data, scopeOf(row))
          }
        } else if (body.action === 'submit') {
          const startId = bundle.flow.nodes.find((n) => n.type === 'start')?.id ?? 'start'
          await validateCaseData(bundle, row.data, { nodeId: startId, scope: scopeOf(row) })
        }
        return caseCommand(actor(req.principal), body, data)
      },
      { uploads },
    ),
  )
}

// helpers

async function idempotent(
  deps: CaseDeps,
  req: ActionRequest,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!req.idempotencyKey) return run()
  const hash = requestHash(req.fingerprint.method, req.fingerprint.path, req.fingerprint.body)
  const principalId = principalKey(req.principal)
  const stored = await findStored(deps.pool, principalId, req.idempotencyKey, hash)
  if (stored) return stored
  try {
    return await run()
  } catch (err) {
    // A twin request with the same key may have won the race: answer with its response.
    const twin = await findStored(deps.pool, principalId, req.idempotencyKey, hash)
    if (twin) return twin
    throw err
  }
}

/** The unbound uploads `data` references, checked (422 when one is not the caller's); none: undefined. */
async function uploadsOf(
  deps: CaseDeps,
  principal: Principal,
  row: CaseRow | null,
  data: Record<string, unknown> | undefined,
): Promise<PendingUploads | undefined> {
  if (!row || !data || !findUploadRefs(data).length) return undefined
  const bundle = await deps.bundles.get(deps.pool, row.matterId, row.matterVersion)
  const pending = await checkUploadRefs(deps.pool, {
    personId: principal.personId,
    caseId: row.id,
    data,
    materials: bundle.matter.materials,
  })
  return pending.items.length ? pending : undefined
}
