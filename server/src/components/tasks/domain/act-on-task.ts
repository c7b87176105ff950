import type { Command, EngineSuccess } from '@tongban/flow-engine'
import type { MatterBundle } from '@tongban/schemas'
import type { Principal } from '../../../libraries/auth/principal'
import { AppError, errors } from '../../../libraries/errors/app-error'
import type { RequestMeta } from '../../../libraries/http/request'
import { auditBase } from '../../audit/domain/audit-actor'
import { CASE_COLUMNS, type CaseRow } from '../../cases/data-access/case-repository'
import type { CaseDeps } from '../../cases/domain/case-deps'
import { caseScope, mayReadCase } from '../../cases/domain/case-scope'
import { runCaseCommand } from '../../cases/domain/run-command'
import { validateCaseData, validatePatch } from '../../cases/domain/validate-case-data'
import { caseCommand, taskCommand, type CaseActionBody, type TaskActionBody } from './build-command'
import { findStored, requestHash, storeResponse, type StoredResponse } from './idempotency'

export interface ActionRequest {
  principal: Principal
  meta: RequestMeta
  idempotencyKey?: string
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
  // The task, its case (with state) and the caller's right to see it, in one round trip.
  const scope = await caseScope(deps.pool, req.principal, 2)
  const { rows } = await deps.pool.query(
    `SELECT ${CASE_COLUMNS}, c.state, t.node_id AS "taskNodeId", ${scope.sql} AS visible
       FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id = $1`,
    [taskId, ...scope.args],
  )
  const found = rows[0] as (CaseRow & { taskNodeId: string; visible: boolean }) | undefined
  if (!found || !found.visible) throw errors.notFound('待办', 'Task', taskId)
  const { taskNodeId, visible: _visible, ...caseRow } = found
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
      async (row, bundle) => {
        const data = body.data
          ? await validatePatch(bundle, taskNodeId, row.data, body.data, scopeOf(row))
          : undefined
        return taskCommand(actor(req.principal), taskId, body, data)
      },
      preloaded,
    )
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
  return idempotent(deps, req, () =>
    runAction(deps, caseId, req, `case.${body.action}`, async (row, bundle) => {
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
    }),
  )
}

// helpers

async function runAction(
  deps: CaseDeps,
  caseId: string,
  req: ActionRequest,
  action: string,
  build: (row: CaseRow, bundle: MatterBundle) => Promise<Command>,
  preloaded?: CaseRow,
): Promise<StoredResponse> {
  let response: StoredResponse | undefined
  const hash = requestHash(req.fingerprint.method, req.fingerprint.path, req.fingerprint.body)
  const principalId = principalKey(req.principal)
  try {
    const outcome = await runCaseCommand(
      deps,
      caseId,
      build,
      { ...auditBase(req.principal, req.meta), action },
      req.idempotencyKey
        ? async (tx, done) => {
            response = { status: 200, body: toResponse(caseId, done.result) }
            await storeResponse(tx, principalId, req.idempotencyKey as string, hash, response)
          }
        : undefined,
      preloaded,
    )
    response ??= { status: 200, body: toResponse(caseId, outcome.result) }
    deps.metrics?.taskActions.inc({ action, result: 'ok' })
  } catch (err) {
    deps.metrics?.taskActions.inc({
      action,
      result: err instanceof AppError ? String(err.httpStatus) : '500',
    })
    throw err
  }
  return response as StoredResponse
}

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

function toResponse(caseId: string, r: EngineSuccess): ActionResponse {
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

function actor(p: Principal): string {
  if (!p.personId)
    throw new AppError(
      'task.no-person',
      '系统密钥未绑定人员，不能办理',
      403,
      'A system key bound to no person cannot act',
    )
  return p.personId
}

function principalKey(p: Principal): string {
  return p.personId ?? `key:${p.apiKeyId}`
}

function scopeOf(row: CaseRow): Record<string, unknown> {
  return {
    $applicant: { id: row.applicantId, orgId: row.applicantOrgId },
    $case: { id: row.id, status: row.status },
  }
}
