import type pg from 'pg'
import type { MatterEntry } from '../database/load-world'
import { insertTemplates, type TemplateRow } from '../database/template-tables'
import { advance, type Staged } from '../database/write-pipeline'
import type { TemplatePlan } from '../plan/plan-templates'
import { compactFinished } from './compact-events'
import { Random } from './random'
import { simulateCase } from './simulate-case'
import { prepareSubmission, withChannel } from './submission'

/** Templates per staging round trip: small enough that the writers are never kept waiting long. */
const SIMULATE_CHUNK = 200

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
        const simulated = withChannel(
          simulateCase({ ...world, data: submission.data }, plan.startAt, options.now, rng, plan.draft),
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
