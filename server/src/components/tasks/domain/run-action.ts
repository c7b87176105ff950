import type { Command } from '@tongban/flow-engine'
import type { MatterBundle } from '@tongban/schemas'
import type { Principal } from '../../../libraries/auth/principal'
import { AppError } from '../../../libraries/errors/app-error'
import { auditBase } from '../../audit/domain/audit-actor'
import { bindPendingUploads, type PendingUploads } from '../../attachments/domain/bind-uploads'
import type { CaseDeps } from '../../cases/domain/case-deps'
import type { SaveGuard } from '../../cases/domain/persist-fast'
import { runCaseCommand, type CaseForCommand } from '../../cases/domain/run-command'
import { toResponse, type ActionRequest } from './action-parts'
import { requestHash, storeResponse, type StoredResponse } from './idempotency'

interface RunActionOptions {
  /** The case as the caller already has it (saves a round trip). */
  preloaded?: CaseForCommand | undefined
  /** Unbound uploads the data references: bound to the case in the saving transaction. */
  uploads?: PendingUploads | undefined
  /** See act-on-held-case.ts: a failure is not counted, the read-first retry is. */
  guard?: SaveGuard
}

/**
 * Run a task or case action's command and answer it; with an Idempotency-Key the answer is stored
 * in the saving transaction, and uploads the data references are bound there. Counts the outcome.
 */
export async function runAction(
  deps: CaseDeps,
  caseId: string,
  req: ActionRequest,
  action: string,
  build: (row: CaseForCommand, bundle: MatterBundle) => Promise<Command>,
  { preloaded, uploads, guard }: RunActionOptions = {},
): Promise<StoredResponse> {
  let response: StoredResponse | undefined
  try {
    const outcome = await runCaseCommand(
      deps,
      caseId,
      build,
      { ...auditBase(req.principal, req.meta), action },
      {
        extra:
          req.idempotencyKey || uploads
            ? async (tx, done) => {
                if (uploads) await bindPendingUploads(tx, caseId, uploads, done.result.state.data)
                if (!req.idempotencyKey) return
                response = { status: 200, body: toResponse(caseId, done.result) }
                const { method, path, body } = req.fingerprint
                await storeResponse(
                  tx,
                  principalKey(req.principal),
                  req.idempotencyKey,
                  requestHash(method, path, body),
                  response,
                )
              }
            : undefined,
        preloaded,
        guard,
      },
    )
    response ??= { status: 200, body: toResponse(caseId, outcome.result) }
    deps.metrics?.taskActions.inc({ action, result: 'ok' })
  } catch (err) {
    if (!guard)
      deps.metrics?.taskActions.inc({
        action,
        result: err instanceof AppError ? String(err.httpStatus) : '500',
      })
    throw err
  }
  return response as StoredResponse
}

/** Whose idempotency keys these are: the person, or the system key. */
export function principalKey(p: Principal): string {
  return p.personId ?? `key:${p.apiKeyId}`
}
