import type pg from 'pg'
import type { MatterEntry } from '../database/load-world'
import { insertTemplates, type TemplateRow } from '../database/stage-templates'
import { advance, type Staged } from '../database/write-pipeline'
import type { TemplatePlan } from '../plan/plan-templates'
import { compactFinished } from './compact-events'
import { Random } from './random'
import { simulateCase, type StartChild } from './simulate-case'
import { prepareSubmission, withChannel } from './submission'

/** Templates per staging round trip: small enough that the writers are never kept waiting long. */
const SIMULATE_CHUNK = 200
/** Sub-flow child cases per case; the case number block reserves this many per case. */
export const MAX_CHILDREN = 3

/**
 * Run every planned template through the engine and stage it, chunk by chunk, advancing `staged`
 * so the writers can copy out what is ready. `onChunk` runs after each chunk (it may throw to stop).
 */
export async function simulateTemplates(
  db: pg.ClientBase,
  matters: readonly MatterEntry[],
  plans: readonly TemplatePlan[],
  options: { seed: number; now: string; fullEvents?: boolean },
  notifySince: string,
  staged: Staged,
  onChunk: (done: number) => Promise<void>,
): Promise<void> {
  const root = new Random(options.seed)
  try {
    for (let i = 0; i < plans.length; i += SIMULATE_CHUNK) {
      const rows: TemplateRow[] = []
      for (const plan of plans.slice(i, i + SIMULATE_CHUNK)) {
        const rng = root.fork(plan.index + 1000)
        const matter = matters[plan.matterIndex]!
        const which = rng.int(0, matter.worlds.length - 1)
        const world = matter.worlds[which]!
        const submission = prepareSubmission(
          world.data,
          matter.counterShare,
          rng.fork(7),
          `${options.seed}/${plan.index}`,
        )
        const startChild = childStarter(matters, matter, options.now, rng.fork(11))
        const simulated = withChannel(
          simulateCase({ ...world, data: submission.data }, plan.startAt, options.now, rng, plan.draft, {
            startChild,
          }),
          submission.channel,
        )
        rows.push({
          tpl: plan.index,
          firstCase: plan.firstCase,
          cases: plan.cases,
          matterId: matter.matterId,
          title: `${matter.bundle.matter.name}（${matter.applicantNames[which]}）`,
          applicantRegionId: matter.applicantRegionIds[which] ?? null,
          acceptingOrgId: matter.bundle.matter.acceptingOrgId,
          regionId: matter.bundle.matter.regionId,
          template: options.fullEvents ? simulated : compactFinished(simulated),
          attachments: submission.attachments,
          children: simulated.children.map((c) => {
            const sub = matters[c.matterIndex]!
            return {
              suffix: c.suffix,
              parentNodeId: c.parentNodeId,
              matterId: sub.matterId,
              title: sub.bundle.matter.name,
              applicantRegionId: matter.applicantRegionIds[which] ?? null,
              acceptingOrgId: sub.bundle.matter.acceptingOrgId,
              regionId: sub.bundle.matter.regionId,
              template: options.fullEvents ? c.template : compactFinished(c.template),
            }
          }),
        })
      }
      await insertTemplates(db, rows, notifySince)
      const done = Math.min(i + SIMULATE_CHUNK, plans.length)
      advance(staged, done, done === plans.length)
      await onChunk(done)
    }
  } catch (err) {
    staged.failed ??= err as Error
    throw err
  } finally {
    advance(staged, staged.upTo, true)
  }
}

/**
 * What the server does for a sub-flow node (`subcase.start` job): start a case of the matter with
 * that code — the one of the parent's region first — as the parent's applicant (or the one the
 * node names), with the node's mapped data; here it is simulated up to `now` like any case.
 */
function childStarter(
  matters: readonly MatterEntry[],
  parent: MatterEntry,
  now: string,
  rng: Random,
): StartChild {
  let started = 0
  return (effect, at) => {
    if (started >= MAX_CHILDREN) return null
    const candidates = matters
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.bundle.matter.code === effect.matterCode)
      .sort(
        (a, b) =>
          Number(b.m.bundle.matter.regionId === parent.bundle.matter.regionId) -
          Number(a.m.bundle.matter.regionId === parent.bundle.matter.regionId),
      )
    const sub = candidates[0]
    const base = sub?.m.worlds[0]
    if (!sub || !base) return null
    try {
      const template = simulateCase(
        { ...base, applicant: effect.applicant ?? parent.worlds[0]!.applicant, data: effect.data },
        at,
        now,
        rng.fork(++started),
        false,
        { caseId: effect.childCaseId },
      )
      return { matterIndex: sub.index, template }
    } catch {
      // The server's job would fail the same way (the child's form refuses the mapped data).
      return null
    }
  }
}
