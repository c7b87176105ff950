import { prepared, type Queryable } from '../../../libraries/db'

/**
 * Where one save sits in a statement: its parameters are numbered from `first`, its CTE names and
 * answer columns go through `name` (so that several saves can share one statement, see
 * SaveBatcher). A statement with one save names everything as is.
 */
export interface SaveSlot {
  first: number
  name: (base: string) => string
}

/** One save's share of a statement, rendered for a slot. */
export interface RenderedSave {
  /** `name AS (…)` entries, in order. */
  ctes: string[]
  /** An expression that is 1 when the save wrote (the guarded case update matched), else 0. */
  saved: string
  /** Expressions whose evaluation runs the save's job calls (plain SELECT CTEs run only when read). */
  jobs: string[]
  /** More answer columns (`expr AS "alias"`, alias through `slot.name`); may be empty. */
  select: string[]
  args: unknown[]
}

/** A save that can be rendered into a statement, alone or with others. */
export interface SavePart {
  /** The case it updates: one statement never carries two saves of one case. */
  caseId: string
  /** Pure: may be called more than once (a batch that failed is retried save by save). */
  render(slot: SaveSlot): RenderedSave
}

/** What the statement answered for one save: whether it wrote, and its extra columns. */
export interface SaveAnswer {
  saved: boolean
  guard: Record<string, unknown>
}

/** Runs saves: one statement each (DirectSaves) or several per statement (SaveBatcher). */
export interface SaveRunner {
  run(part: SavePart): Promise<SaveAnswer>
}

/**
 * One statement carrying the given saves (distinct cases), each in its own slot: a lone save
 * keeps plain names; with several, save i's names get the suffix `_i`.
 */
export function saveStatement(parts: readonly SavePart[]): { text: string; args: unknown[] } {
  const args: unknown[] = []
  const ctes: string[] = []
  const columns: string[] = []
  const jobs: string[] = []
  parts.forEach((part, i) => {
    const name = parts.length === 1 ? (base: string) => base : (base: string) => `${base}_${i}`
    const r = part.render({ first: args.length + 1, name })
    args.push(...r.args)
    ctes.push(...r.ctes)
    columns.push(`${r.saved} AS "${name('saved')}"`, ...r.select)
    jobs.push(...r.jobs)
  })
  // A data-modifying CTE runs to completion whether or not anything reads it; a plain SELECT one
  // (the job calls) runs only when referenced: `jobs` references those.
  const text = `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}, ${jobs.join(' + ') || '0'} AS jobs`
  return { text, args }
}

/** Each save's answer from the statement's one row (see saveStatement for the names). */
export function saveAnswers(row: Record<string, unknown>, count: number): SaveAnswer[] {
  if (count === 1) {
    const { saved, jobs: _jobs, ...guard } = row
    return [{ saved: Number(saved) === 1, guard }]
  }
  const answers: SaveAnswer[] = Array.from({ length: count }, () => ({ saved: false, guard: {} }))
  for (const [key, value] of Object.entries(row)) {
    const cut = key.lastIndexOf('_')
    const answer = cut > 0 ? answers[Number(key.slice(cut + 1))] : undefined
    if (!answer) continue
    const base = key.slice(0, cut)
    if (base === 'saved') answer.saved = Number(value) === 1
    else answer.guard[base] = value
  }
  return answers
}

/** Saves one statement each, on `db`. */
export class DirectSaves implements SaveRunner {
  constructor(private readonly db: Queryable) {}

  async run(part: SavePart): Promise<SaveAnswer> {
    return (await runSaves(this.db, [part]))[0] as SaveAnswer
  }
}

/** Run saves of distinct cases in one statement (one transaction: all written or, on error, none). */
export async function runSaves(db: Queryable, parts: readonly SavePart[]): Promise<SaveAnswer[]> {
  const { text, args } = saveStatement(parts)
  const { rows } = await db.query(prepared(text), args)
  return saveAnswers(rows[0] as Record<string, unknown>, parts.length)
}
