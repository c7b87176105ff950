/**
 * The directory (人员库/单位库) as the engine sees it: small synchronous questions. The host answers
 * them from its cache or database. The engine wraps the port so that every question and answer of a
 * command is written into a `directory.resolved` event; {@link replay} answers from those events, so a
 * replay never depends on how the directory looks today.
 *
 * Return `null`/`[]` when there is no answer; never throw for "not found".
 */
export interface DirectoryPort {
  /** The primary organisation of a person (their department), or null. */
  primaryOrgId(personId: string): string | null
  /** The parent organisation, or null at the root. */
  parentOrgId(orgId: string): string | null
  /** The head (负责人) of an organisation, or null. */
  orgHeadId(orgId: string): string | null
  /** The leader (分管领导) of the given rank (1 = first) of an organisation, or null. */
  orgLeaderId(orgId: string, rank: number): string | null
  /** Active people holding an organisation role in an organisation (and its descendants when asked). */
  peopleWithRole(role: string, orgId: string, includeDescendants: boolean): string[]
  /** Whether a person exists and is active (targets of transfer, delegate, add-signer, cc). */
  isActivePerson(personId: string): boolean
  /** Platform administrators (for the `assign-admin` empty-assignee policy). */
  adminIds(): string[]
}

/** One recorded question and answer, as stored in `directory.resolved` events. */
export interface DirectoryLookup {
  q: keyof DirectoryPort
  args: Array<string | number | boolean>
  answer: unknown
}
