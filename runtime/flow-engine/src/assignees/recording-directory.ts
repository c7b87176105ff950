import type { DirectoryLookup, DirectoryPort } from '../types'

const QUESTIONS: ReadonlyArray<keyof DirectoryPort> = [
  'primaryOrgId',
  'parentOrgId',
  'orgHeadId',
  'orgLeaderId',
  'peopleWithRole',
  'isActivePerson',
  'adminIds',
]

/**
 * Wrap a directory so every question and answer of one command is written to `log` (and then into a
 * `directory.resolved` event). Repeated questions within one command are answered from the log.
 */
export function recordingDirectory(port: DirectoryPort, log: DirectoryLookup[]): DirectoryPort {
  return new RecordingDirectory(port, log)
}

class RecordingDirectory implements DirectoryPort {
  private memo: Map<string, unknown> | undefined
  constructor(
    private readonly port: DirectoryPort,
    private readonly log: DirectoryLookup[],
  ) {}

  private ask<T>(q: keyof DirectoryPort, args: Array<string | number | boolean>, call: () => T): T {
    const key = q + '\u0000' + args.join('\u0000')
    const memo = (this.memo ??= new Map())
    if (memo.has(key)) return memo.get(key) as T
    const raw = call()
    const answer = (Array.isArray(raw) ? [...raw] : raw) as T
    memo.set(key, answer)
    this.log.push({ q, args, answer })
    return answer
  }

  primaryOrgId(personId: string) {
    return this.ask('primaryOrgId', [personId], () => this.port.primaryOrgId(personId))
  }
  parentOrgId(orgId: string) {
    return this.ask('parentOrgId', [orgId], () => this.port.parentOrgId(orgId))
  }
  orgHeadId(orgId: string) {
    return this.ask('orgHeadId', [orgId], () => this.port.orgHeadId(orgId))
  }
  orgLeaderId(orgId: string, rank: number) {
    return this.ask('orgLeaderId', [orgId, rank], () => this.port.orgLeaderId(orgId, rank))
  }
  peopleWithRole(role: string, orgId: string, includeDescendants: boolean) {
    return this.ask('peopleWithRole', [role, orgId, includeDescendants], () =>
      this.port.peopleWithRole(role, orgId, includeDescendants),
    )
  }
  isActivePerson(personId: string) {
    return this.ask('isActivePerson', [personId], () => this.port.isActivePerson(personId))
  }
  adminIds() {
    return this.ask('adminIds', [], () => this.port.adminIds())
  }
}

/**
 * A directory that answers from recorded look-ups, in order (replay). Asking a question that was not
 * recorded, or in another order, means the engine is not deterministic: it throws.
 */
export function replayDirectory(lookups: readonly DirectoryLookup[]): DirectoryPort {
  let next = 0
  const wrapped = {} as Record<keyof DirectoryPort, (...args: never[]) => unknown>
  for (const q of QUESTIONS) {
    wrapped[q] = (...args: Array<string | number | boolean>) => {
      const rec = lookups[next]
      if (!rec || rec.q !== q || rec.args.join('\u0000') !== args.join('\u0000'))
        throw new Error(`replay: unexpected directory question ${q}(${args.join(', ')})`)
      next++
      return Array.isArray(rec.answer) ? [...rec.answer] : rec.answer
    }
  }
  return wrapped as unknown as DirectoryPort
}
