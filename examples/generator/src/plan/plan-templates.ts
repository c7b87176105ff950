import type { WorkingCalendar } from '@tongban/schemas'
import { atLocal, workingDaysIn } from '../simulate/office-time'
import { Random } from '../simulate/random'

/** One template to simulate: a matter, a start instant, and how many cases copy it. */
export interface TemplatePlan {
  index: number
  matterIndex: number
  startAt: string
  draft: boolean
  /** Number of cases generated from this template, and the ordinal of the first one. */
  cases: number
  firstCase: number
}

export interface PlanInput {
  cases: number
  months: number
  now: string
  matters: number
  /** Relative popularity of each matter (variants and rare matters get less). */
  matterWeights: readonly number[]
  calendar: WorkingCalendar
  seed: number
}

/**
 * Decide which cases to simulate. Simulating every case through the engine would take an hour for
 * a million, so the engine runs a few thousand templates (each a real case at a real instant) and
 * the database copies each one to `cases / templates` cases. Templates are spread over the working
 * days of the period with a gentle upward trend and a Monday peak, and over matters by popularity.
 */
export function planTemplates(input: PlanInput): TemplatePlan[] {
  const rng = new Random(input.seed).fork(1)
  const count = Math.min(input.cases, templateCount(input.cases))
  const to = input.now.slice(0, 10)
  const fromMs = Date.parse(input.now) - input.months * 30.44 * 86_400_000
  const days = workingDaysIn(input.calendar, new Date(fromMs).toISOString().slice(0, 10), to)
  if (!days.length) throw new Error('生成区间内没有工作日 / no working day in the period')
  const dayWeights = days.map(
    (d, i) => (0.7 + (0.6 * i) / days.length) * (new Date(`${d}T00:00:00Z`).getUTCDay() === 1 ? 1.3 : 1),
  )
  const pickDay = sampler(dayWeights, rng)
  const pickMatter = sampler(input.matterWeights, rng)
  const plans: TemplatePlan[] = []
  for (let i = 0; i < count; i++) {
    const day = days[pickDay()]!
    // Office hours, busier in the morning.
    const minutes = 8 * 60 + 30 + Math.floor(Math.pow(rng.next(), 1.4) * 9 * 60)
    let startAt = atLocal(day, minutes, rng.int(0, 59))
    if (startAt > input.now)
      startAt = new Date(Date.parse(input.now) - rng.int(60, 4 * 3600) * 1000).toISOString()
    // Drafts are recent: old ones get submitted or abandoned (and cleaned up).
    const recent = Date.parse(input.now) - Date.parse(startAt) < 30 * 86_400_000
    plans.push({
      index: i,
      matterIndex: pickMatter(),
      startAt,
      draft: recent && rng.chance(0.06),
      cases: 0,
      firstCase: 0,
    })
  }
  plans.sort((a, b) => (a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.index - b.index))
  let next = 1
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i]!
    p.index = i
    p.cases = Math.floor(((i + 1) * input.cases) / count) - Math.floor((i * input.cases) / count)
    p.firstCase = next
    next += p.cases
  }
  return plans
}

/** Every case simulated up to 5,000; then slowly more templates, each copied more often. */
export function templateCount(cases: number): number {
  return cases <= 5000 ? cases : Math.round(5000 + Math.sqrt(cases - 5000) * 12)
}

function sampler(weights: readonly number[], rng: Random): () => number {
  const cumulative: number[] = []
  let total = 0
  for (const w of weights) cumulative.push((total += w))
  return () => {
    const x = rng.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > x) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
