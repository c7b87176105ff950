import type { Activity, CaseState, Fork, Token } from '../types'

/**
 * Copy of a state the engine may mutate, copying only what the engine mutates in place (a hand-made
 * structural copy is several times faster than a generic deep copy, and this runs on every command).
 * Shared, never mutated in place: `data`, `results`, `chosenAssignees` (replaced wholesale), task
 * records and path entries (changes replace them), timers, token stacks and `lastApprovers`.
 */
export function cloneState(s: CaseState): CaseState {
  // An explicit literal (not `{ ...s }`): one hidden class for every copy keeps the hot path monomorphic.
  const copy: CaseState = {
    format: s.format,
    caseId: s.caseId,
    matter: s.matter,
    status: s.status,
    version: s.version,
    seq: s.seq,
    counters: { ...s.counters },
    applicant: s.applicant,
    data: s.data,
    chosenAssignees: s.chosenAssignees,
    createdAt: s.createdAt,
    tokens: s.tokens.map(cloneToken),
    forks: mapValues(s.forks, cloneFork),
    activities: mapValues(s.activities, cloneActivity),
    tasks: { ...s.tasks },
    timers: { ...s.timers },
    path: s.path.slice(),
    clock: { ...s.clock, pauses: s.clock.pauses.slice() },
    results: s.results,
    acted: s.acted,
  }
  if (s.submittedAt !== undefined) copy.submittedAt = s.submittedAt
  if (s.finishedAt !== undefined) copy.finishedAt = s.finishedAt
  if (s.lastUrgedAt !== undefined) copy.lastUrgedAt = s.lastUrgedAt
  if (s.correction) copy.correction = deepClone(s.correction)
  return copy
}

function cloneToken(t: Token): Token {
  const c = { ...t }
  if (t.wait) c.wait = { ...t.wait }
  return c
}

function cloneFork(f: Fork): Fork {
  return { ...f, arrived: f.arrived.slice() }
}

/** Activities are mutated deeply (signers change status). */
export function cloneActivity(a: Activity): Activity {
  return { ...a, slots: a.slots.map((slot) => ({ chain: slot.chain.map((s) => ({ ...s })) })) }
}

function mapValues<T>(record: Record<string, T>, fn: (v: T) => T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key in record) out[key] = fn(record[key]!)
  return out
}

/** Deep copy of a JSON value. */
export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const out = new Array(value.length)
    for (let i = 0; i < value.length; i++) out[i] = deepClone(value[i])
    return out as T
  }
  const out: Record<string, unknown> = {}
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = deepClone(v)
  }
  return out as T
}
