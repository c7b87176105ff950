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
  const memo = new Map<string, unknown>()
  const wrapped = {} as Record<keyof DirectoryPort, (...args: never[]) => unknown>
  for (const q of QUESTIONS) {
    wrapped[q] = (...args: Array<string | number | boolean>) => {
      const key = q + '\u0000' + args.join('\u0000')
      if (memo.has(key)) return memo.get(key)
      const answer = (port[q] as (...a: unknown[]) => unknown)(...args)
      const copy = Array.isArray(answer) ? [...answer] : answer
      memo.set(key, copy)
      log.push({ q, args, answer: copy })
      return copy
    }
  }
  return wrapped as unknown as DirectoryPort
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
