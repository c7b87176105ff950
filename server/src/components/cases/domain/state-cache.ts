import type { CaseState } from '@tongban/flow-engine'

/**
 * The last engine states this process read or saved, by case. A saved state never changes at its
 * version: every write of `cases.state` bumps `state_version` (optimistic lock), so (case, version)
 * names one state for good, whichever instance wrote it. The action read asks PostgreSQL for the
 * state only when the stored version is not the cached one, so an approval of a case this process
 * just moved skips sending, parsing and de-TOASTing the (several KB) state. Cached states are never
 * mutated: the engine copies what it changes (see flow-engine `cloneState`).
 */
export class CaseStateCache {
  private readonly map = new Map<string, CachedState>()
  /** Open task → its case, for the states held (a hint only: the read checks the case id too). */
  private readonly byTask = new Map<string, string>()
  constructor(private readonly max = 5_000) {}

  get(caseId: string): CachedState | undefined {
    return this.map.get(caseId)
  }

  /** The held state of the case that has `taskId` open, if any. */
  forTask(taskId: string): CachedState | undefined {
    const caseId = this.byTask.get(taskId)
    return caseId === undefined ? undefined : this.map.get(caseId)
  }

  /** `version` is the row's `state_version` the state was read at or saved with. */
  set(caseId: string, version: number, state: CaseState, parentCaseId: string | null): void {
    this.delete(caseId)
    if (this.map.size >= this.max) this.delete(this.map.keys().next().value as string)
    this.map.set(caseId, { caseId, version, state, parentCaseId })
    for (const id in state.tasks) this.byTask.set(id, caseId)
  }

  delete(caseId: string): void {
    const held = this.map.get(caseId)
    if (!held) return
    this.map.delete(caseId)
    for (const id in held.state.tasks) if (this.byTask.get(id) === caseId) this.byTask.delete(id)
  }
}

export interface CachedState {
  caseId: string
  /** The `state_version` this state has in the database. */
  version: number
  state: CaseState
  /** The case's `parent_case_id` (never changes): with the state, all an action needs of the row. */
  parentCaseId: string | null
}
