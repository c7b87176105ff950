import type { CaseEvent, MatterBundle, WorkingCalendar } from '@tongban/schemas'
import { replayDirectory } from '../assignees/recording-directory'
import { applyCommand } from '../engine/apply-command'
import { startCase } from '../engine/start-case'
import { migrateCase } from '../migrate/migrate-case'
import type { CaseState, Command, DirectoryLookup, EngineContext, EngineError, EngineSettings, StartCaseInput } from '../types'

export interface ReplayOptions {
  /** The calendar in force when the events were written. */
  calendar: WorkingCalendar
  /** Settings for batches that did not record theirs (batches record the settings they ran under). */
  settings?: EngineSettings
  /** Other versions of the matter, for logs that contain a migration (`case.migrated`). */
  bundles?: readonly MatterBundle[]
}

export type ReplayResult =
  | { ok: true; state: CaseState }
  | { ok: false; error: EngineError & { seq?: number } }

/**
 * Rebuild a case's state from its event log by re-running the recorded commands (stored in the
 * first event of each command's batch) at their recorded instants, with the directory answering
 * from the recorded `directory.resolved` events (Temporal-style replay). Fails when the log has
 * gaps, a command is refused, or re-execution writes different events (non-determinism).
 *
 * @example const r = replay(bundle, events, { calendar }); if (r.ok) assert.deepEqual(r.state, stored)
 */
export function replay(bundle: MatterBundle, events: readonly CaseEvent[], options: ReplayOptions): ReplayResult {
  const batches: CaseEvent[][] = []
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    if (e.seq !== i + 1) return fail('replay.gap', `事件序号不连续（第 ${i + 1} 条是 ${e.seq}）`, `Event log has a gap at ${i + 1}`, e.seq)
    if (e.data && 'command' in e.data) batches.push([e])
    else if (batches.length === 0) return fail('replay.no-command', '事件日志不以命令开始', 'The log does not start with a command', e.seq)
    else batches[batches.length - 1]!.push(e)
  }
  let state: CaseState | undefined
  let current = bundle
  for (const batch of batches) {
    const head = batch[0]!
    const command = head.data!.command as
      | Command
      | { type: 'start'; input: StartCaseInput }
      | { type: 'migrate'; toVersion: number; nodeMapping: Record<string, string> }
    const lookups: DirectoryLookup[] = []
    for (const e of batch) if (e.type === 'directory.resolved' && Array.isArray(e.data?.lookups)) lookups.push(...(e.data.lookups as DirectoryLookup[]))
    const ctx: EngineContext = { now: head.at, directory: replayDirectory(lookups), calendar: options.calendar }
    const recorded = head.data!.settings as EngineSettings | undefined
    if (recorded) ctx.settings = recorded
    else if (options.settings) ctx.settings = options.settings
    let result
    try {
      if (command.type === 'start') result = startCase(current, command.input, ctx)
      else if (!state) return fail('replay.no-start', '事件日志缺少办件创建', 'The log does not start with case creation', head.seq)
      else if (command.type === 'migrate') {
        const target = options.bundles?.find((b) => b.version === command.toVersion)
        if (!target) return fail('replay.missing-bundle', `缺少版本 ${command.toVersion}`, `Version ${command.toVersion} not supplied`, head.seq)
        const migrated = migrateCase(state, current, target, command.nodeMapping, ctx, { dryRun: false })
        result = migrated.ok ? { ok: true as const, state: migrated.state, effects: migrated.effects, events: migrated.events } : { ok: false as const, error: migrated.error }
        current = target
      } else result = applyCommand(current, state, command, ctx)
    } catch (err) {
      return fail('replay.nondeterministic', `重放时出错：${String(err)}`, `Replay failed: ${String(err)}`, head.seq)
    }
    if (!result.ok) return fail('replay.refused', `重放时命令被拒绝：${result.error.message}`, `Replayed command refused: ${result.error.messageEn}`, head.seq)
    if (canonical(result.events) !== canonical(batch))
      return fail('replay.nondeterministic', '重放产生了不同的事件', 'Replay produced different events', head.seq)
    state = result.state
  }
  if (!state) return fail('replay.empty', '事件日志为空', 'The event log is empty')
  return { ok: true, state }
}

function fail(code: string, message: string, messageEn: string, seq?: number): ReplayResult {
  const error: EngineError & { seq?: number } = { code, status: 422, message, messageEn }
  if (seq !== undefined) error.seq = seq
  return { ok: false, error }
}

/** JSON with sorted keys: stored logs (JSONB) do not keep key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']'
  const obj = value as Record<string, unknown>
  return (
    '{' +
    Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + canonical(obj[k]))
      .join(',') +
    '}'
  )
}
