import type { MatterBundle } from '@tongban/schemas'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { COMMANDS } from '../commands/registry'
import type { CommandHandler } from '../commands/command-handler'
import type { CaseState, Command, EngineContext, EngineResult } from '../types'
import { execute } from './execute'

/** `TaskRecord.comment` holds at most this many characters. */
const MAX_COMMENT = 2000

/**
 * Apply one command to a case. Returns the new state (version + 1), the effects for the host and the
 * new events, or an error: an illegal or unauthorised command changes nothing.
 *
 * @example
 * const r = applyCommand(bundle, state, { type: 'approve', actorId: 'p2', taskId: 'c1-t1' }, ctx)
 */
export function applyCommand(bundle: MatterBundle, state: CaseState, command: Command, ctx: EngineContext): EngineResult {
  const handler = COMMANDS[command.type] as CommandHandler<Command['type']> | undefined
  if (!handler)
    return {
      ok: false,
      error: { code: 'command.unknown', status: 422, message: `未知操作：${String(command.type)}`, messageEn: `Unknown command: ${String(command.type)}` },
    }
  const comment = (command as { comment?: unknown }).comment
  if (typeof comment === 'string' && comment.length > MAX_COMMENT)
    return {
      ok: false,
      error: {
        code: 'comment.too-long',
        status: 422,
        message: `意见不能超过 ${MAX_COMMENT} 字`,
        messageEn: `A comment has at most ${MAX_COMMENT} characters`,
        details: [{ path: '/comment', code: 'comment.too-long', message: `意见不能超过 ${MAX_COMMENT} 字`, messageEn: `At most ${MAX_COMMENT} characters` }],
      },
    }
  if (state.matter.version !== bundle.version || state.matter.code !== bundle.matter.code)
    return {
      ok: false,
      error: {
        code: 'case.bundle-mismatch',
        status: 409,
        message: '办件所用的事项版本与提供的版本不一致',
        messageEn: 'The bundle is not the version the case runs on',
      },
    }
  if (!handler.statuses.includes(state.status)) {
    const finished = FINISHED_CASE_STATUSES.includes(state.status)
    return {
      ok: false,
      error: finished
        ? { code: 'case.finished', status: 409, message: '办件已办结，不能再操作', messageEn: 'The case has finished' }
        : {
            code: 'case.wrong-status',
            status: 409,
            message: `办件当前状态（${state.status}）不允许此操作`,
            messageEn: `Not allowed while the case is ${state.status}`,
          },
    }
  }
  return execute(bundle, state, ctx, handler.actor(command as never), command, (run) => handler.apply(run, command as never))
}
