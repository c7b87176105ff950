import crypto from 'node:crypto'
import { startCase, toCaseRecordFields } from '@tongban/flow-engine'
import type { Effect } from '@tongban/flow-engine'
import type { TaskList } from 'graphile-worker'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { inTransaction } from '../../../libraries/db'
import { AppError } from '../../../libraries/errors/app-error'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { findCase, insertCase } from '../data-access/case-repository'
import type { CaseDeps } from './case-deps'
import { persistEffects, SUBCASE_START_TASK, SUBFLOW_FINISHED_TASK, TIMER_TASK } from './persist-transition'
import { runCaseCommand } from './run-command'
import { notifyLeadersOfCards } from '../../monitoring/data-access/leader-notices'

const SYSTEM = { actorId: null, actorKind: 'system' as const, requestId: 'worker' }

/**
 * Jobs the queue runs for cases. Each is safe to run more than once: a fired timer is no longer
 * armed in the state, so a second run is refused by the engine and dropped; a lost race on the
 * state version throws and the queue retries.
 */
export function caseJobs(deps: CaseDeps): TaskList {
  return {
    [TIMER_TASK]: async (payload) => {
      const { caseId, timerId } = payload as { caseId: string; timerId: string }
      await fireTimer(deps, caseId, timerId)
      deps.metrics?.jobsRun.inc({ task: TIMER_TASK, result: 'ok' })
    },
    [SUBCASE_START_TASK]: async (payload) => {
      await startSubcase(deps, payload as Extract<Effect, { kind: 'subcase.start' }>)
    },
    [SUBFLOW_FINISHED_TASK]: async (payload) => {
      const { parentCaseId, childCaseId } = payload as { parentCaseId: string; childCaseId: string }
      const child = await findCase(deps.pool, childCaseId, false)
      if (!child || !FINISHED_CASE_STATUSES.includes(child.status)) return
      const outcome =
        (['approved', 'completed', 'rejected', 'withdrawn', 'cancelled'] as const).find(
          (s) => s === child.status,
        ) ?? 'completed'
      await ignoreStale(() =>
        retryOnConflict(() =>
          runCaseCommand(
            deps,
            parentCaseId,
            () => ({ type: 'subflow-finished', childCaseId, outcome, data: child.data }),
            { ...SYSTEM, action: 'case.subflow-finished' },
          ),
        ),
      )
    },
    'subcase-cancel': async (payload) => {
      const { childCaseId } = payload as { childCaseId: string }
      const child = await findCase(deps.pool, childCaseId, false)
      if (!child || FINISHED_CASE_STATUSES.includes(child.status)) return
      await ignoreStale(() =>
        runCaseCommand(deps, childCaseId, () => ({ type: 'cancel', actorId: child.applicantId }), {
          ...SYSTEM,
          action: 'case.cancelled-by-parent',
        }),
      )
    },
  }
}

/** Report a due timer to the engine and record that it fired (once). */
export async function fireTimer(deps: CaseDeps, caseId: string, timerId: string): Promise<'fired' | 'stale'> {
  try {
    await retryOnConflict(() =>
      runCaseCommand(
        deps,
        caseId,
        () => ({ type: 'timer-fired', timerId }),
        { ...SYSTEM, action: 'timer.fired', data: { timerId } },
        {
          extra: async (tx, done) => {
            await tx.query(`UPDATE case_timers SET status = 'fired', fired_at = now() WHERE id = $1`, [
              timerId,
            ])
            // A card reaches the holders' leaders at once, with the card (not a minute later).
            const card = done.result.events.find((e) => e.type === 'card.yellow' || e.type === 'card.red')
            if (card) await notifyLeadersOfCards(tx, new Date(card.at), caseId)
          },
        },
      ),
    )
    return 'fired'
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'timer.not-active' ||
        err.code === 'not-found' ||
        err.httpStatus === 422 ||
        err.httpStatus === 403)
    ) {
      await deps.pool.query(`UPDATE case_timers SET status = 'stale' WHERE id = $1 AND status = 'armed'`, [
        timerId,
      ])
      return 'stale'
    }
    throw err
  }
}

// helpers

/**
 * A user's action may win the race for the case state while a job runs; the job then simply
 * reloads and tries again a few times before leaving it to the queue's backoff.
 */
async function retryOnConflict<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run()
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'case.version-conflict') || i >= attempts) throw err
    }
  }
}

async function ignoreStale(run: () => Promise<unknown>): Promise<void> {
  try {
    await run()
  } catch (err) {
    if (err instanceof AppError && err.httpStatus !== 409 && err.httpStatus < 500) return
    throw err
  }
}

/** Start the child case of a sub-flow node on the current version of the matter with that code. */
async function startSubcase(deps: CaseDeps, e: Extract<Effect, { kind: 'subcase.start' }>): Promise<void> {
  if (await findCase(deps.pool, e.childCaseId, false)) return
  const parent = await findCase(deps.pool, e.parentCaseId, false)
  if (!parent) return
  const { rows } = await deps.pool.query(
    `SELECT id, current_version FROM matters WHERE code = $1 AND status = 'published' ORDER BY (region_id = $2) DESC, id LIMIT 1`,
    [e.matterCode, parent.regionId],
  )
  const matter = rows[0]
  if (!matter) throw new Error(`sub-flow matter ${e.matterCode} is not published`)
  const bundle = await deps.bundles.get(deps.pool, matter.id, matter.current_version)
  const applicant = e.applicant ?? { id: parent.applicantId, orgId: parent.applicantOrgId }
  const ctx = await deps.host.context(deps.pool, bundle.matter.calendarId)
  const result = startCase(bundle, { caseId: e.childCaseId, applicant, data: e.data, submit: true }, ctx)
  if (!result.ok) throw new Error(`sub-case ${e.childCaseId} refused: ${result.error.code}`)
  await inTransaction(deps.pool, async (tx) => {
    await insertCase(tx, {
      id: e.childCaseId,
      title: `${bundle.matter.name}（${parent.no} 子流程）`,
      matterId: matter.id,
      matterCode: bundle.matter.code,
      matterVersion: bundle.version,
      applicantId: applicant.id,
      applicantOrgId: applicant.orgId,
      applicantRegionId: parent.applicantRegionId,
      acceptingOrgId: bundle.matter.acceptingOrgId,
      regionId: bundle.matter.regionId,
      parentCaseId: e.parentCaseId,
      parentNodeId: e.parentNodeId,
      state: result.state,
      fields: toCaseRecordFields(result.state),
      createdAt: result.state.createdAt,
    })
    await persistEffects(tx, result.state, result.effects, result.events)
    await appendAudit(tx, {
      ...SYSTEM,
      action: 'case.subcase-started',
      targetType: 'case',
      targetId: e.childCaseId,
      data: { parent: e.parentCaseId, nonce: crypto.randomUUID() },
    })
  })
}
