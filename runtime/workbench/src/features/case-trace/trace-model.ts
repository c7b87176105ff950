import type { CaseTrace, TraceEvent, TraceStep } from '../monitoring/monitoring-api'

/** One task of the case on the shared time axis (percentages of the case's whole span). */
export interface TraceBar {
  step: TraceStep
  open: boolean
  /** Natural time from start to completion (or to now while open), ms. */
  durationMs: number
  left: number
  width: number
  card: 'yellow' | 'red' | null
}

/** A 补正 pause (clock stopped while the case was back with the applicant). */
export interface TracePause {
  from: string
  to: string | null
  durationMs: number
  /** Working days of the pause on the case's calendar, as the server computed it (null: not sent). */
  workingDays: number | null
  left: number
  width: number
}

export type Tone = 'red' | 'yellow' | 'green' | 'blue' | 'gray'

/** One entry of the vertical timeline: a step or a case-level event, in time order. */
export type TraceEntry =
  { kind: 'step'; at: string; bar: TraceBar } | { kind: 'event'; at: string; event: TraceEvent; tone: Tone }

export interface TraceModel {
  start: string
  end: string
  bars: TraceBar[]
  pauses: TracePause[]
  entries: TraceEntry[]
  /** Distinct departments that held a step, in order of first appearance. */
  departments: string[]
  pausedMs: number
  /** Working days the clock stood still (sum of the server's pause lengths; null when it sent none). */
  pausedWorkingDays: number | null
  returns: number
}

/** Case-level events shown on the timeline (node.entered/completed repeat what the steps show). */
const CASE_EVENTS: Record<string, Tone> = {
  'case.submitted': 'blue',
  'case.resubmitted': 'blue',
  'case.returned': 'yellow',
  'clock.paused': 'gray',
  'clock.resumed': 'gray',
  'card.yellow': 'yellow',
  'card.red': 'red',
  'case.completed': 'green',
  'case.rejected': 'red',
  'case.withdrawn': 'gray',
  'case.cancelled': 'gray',
}

/**
 * Shape a case trace for display: every task on one axis from submission to completion (or now),
 * the 补正 pauses paired from `clock.paused`/`clock.resumed`, and one time-ordered list of steps and
 * case events. Pure; `now` closes open steps and pauses.
 */
export function buildTraceModel(trace: CaseTrace, now: Date): TraceModel {
  const nowIso = now.toISOString()
  const times = [
    trace.case.submittedAt,
    ...trace.steps.map((s) => s.startedAt),
    ...trace.events.map((e) => e.at),
  ].filter((x): x is string => !!x)
  const start = minIso(times) ?? nowIso
  const finished = trace.case.finishedAt
  const allEnds = [
    finished,
    ...trace.steps.map((s) => s.completedAt ?? (finished ? null : nowIso)),
    ...trace.events.map((e) => e.at),
  ].filter((x): x is string => !!x)
  const end = maxIso([...allEnds, start]) ?? start
  const span = Math.max(1, ms(end) - ms(start))
  const place = (from: string, to: string) => {
    const left = clamp(((ms(from) - ms(start)) / span) * 100)
    return { left, width: clamp(((ms(to) - ms(from)) / span) * 100, 0, 100 - left) }
  }

  const bars: TraceBar[] = [...trace.steps]
    .sort((a, b) => ms(a.startedAt) - ms(b.startedAt) || a.taskId.localeCompare(b.taskId))
    .map((step) => {
      const open = !step.completedAt
      const to = step.completedAt ?? finished ?? nowIso
      const card = step.card === 'red' || step.card === 'yellow' ? step.card : null
      return {
        step,
        open,
        durationMs: Math.max(0, ms(to) - ms(step.startedAt)),
        card,
        ...place(step.startedAt, to),
      }
    })

  const serverPauses = trace.pauses ?? []
  const pauseDays = (from: string) => serverPauses.find((p) => ms(p.from) === ms(from))?.workingDays ?? null
  const pauses: TracePause[] = []
  let openPause: string | null = null
  for (const e of [...trace.events].sort((a, b) => a.seq - b.seq)) {
    if (e.type === 'clock.paused' && openPause === null) openPause = e.at
    else if (e.type === 'clock.resumed' && openPause !== null) {
      pauses.push({
        from: openPause,
        to: e.at,
        durationMs: ms(e.at) - ms(openPause),
        workingDays: pauseDays(openPause),
        ...place(openPause, e.at),
      })
      openPause = null
    }
  }
  if (openPause !== null) {
    const to = finished ?? nowIso
    pauses.push({
      from: openPause,
      to: null,
      durationMs: Math.max(0, ms(to) - ms(openPause)),
      workingDays: pauseDays(openPause),
      ...place(openPause, to),
    })
  }

  const entries: TraceEntry[] = [
    ...bars.map((bar) => ({ kind: 'step' as const, at: bar.step.startedAt, bar })),
    ...trace.events
      .filter((e) => e.type in CASE_EVENTS)
      .map((event) => ({
        kind: 'event' as const,
        at: event.at,
        event,
        tone: CASE_EVENTS[event.type] ?? 'gray',
      })),
  ].sort((a, b) => ms(a.at) - ms(b.at) || order(a) - order(b))

  const departments: string[] = []
  for (const b of bars)
    if (b.step.orgName && !departments.includes(b.step.orgName)) departments.push(b.step.orgName)

  return {
    start,
    end,
    bars,
    pauses,
    entries,
    departments,
    pausedMs: pauses.reduce((n, p) => n + p.durationMs, 0),
    pausedWorkingDays: pauses.some((p) => p.workingDays !== null)
      ? Math.round(pauses.reduce((n, p) => n + (p.workingDays ?? 0), 0) * 1000) / 1000
      : null,
    returns: trace.events.filter((e) => e.type === 'case.returned').length,
  }
}

// helpers

/** At the same instant: the submission first, then steps, then everything else in log order. */
function order(e: TraceEntry): number {
  if (e.kind === 'event')
    return e.event.type === 'case.submitted' || e.event.type === 'case.resubmitted'
      ? 0
      : 2 + e.event.seq / 1e9
  return 1
}

function ms(iso: string): number {
  return new Date(iso).getTime()
}

function minIso(xs: string[]): string | undefined {
  return xs.reduce<string | undefined>((m, x) => (m === undefined || ms(x) < ms(m) ? x : m), undefined)
}

function maxIso(xs: string[]): string | undefined {
  return xs.reduce<string | undefined>((m, x) => (m === undefined || ms(x) > ms(m) ? x : m), undefined)
}

function clamp(x: number, lo = 0, hi = 100): number {
  return Math.min(hi, Math.max(lo, x))
}
