import type { EngineError } from '../types'

/**
 * Thrown inside a command to refuse it. The driver turns it into `{ ok: false, error }`; since the
 * engine works on a copy, nothing of the input state changes.
 */
export class EngineFault extends Error {
  constructor(readonly error: EngineError) {
    super(error.messageEn)
    this.name = 'EngineFault'
  }
}

/** Refuse the command. */
export function fault(
  code: string,
  status: EngineError['status'],
  message: string,
  messageEn: string,
  details?: EngineError['details'],
): never {
  const error: EngineError = { code, status, message, messageEn }
  if (details) error.details = details
  throw new EngineFault(error)
}

/** Refusals used from several places. */
export const faults = {
  caseFinished: (): never => fault('case.finished', 409, '办件已办结，不能再操作', 'The case has finished'),
  taskNotFound: (taskId: string): never =>
    fault('task.not-found', 404, `待办 ${taskId} 不存在或已关闭`, `Task ${taskId} does not exist or is closed`),
  notAssignee: (): never => fault('task.not-assignee', 403, '只有待办的处理人可以执行此操作', 'Only the task assignee may do this'),
  taskNotOpen: (): never => fault('task.not-open', 409, '待办当前不可处理（排队中或已委派）', 'The task is not open (queued or delegated)'),
  actionDisabled: (action: string): never =>
    fault('action.disabled', 403, `本环节不允许“${action}”操作`, `The node does not allow "${action}"`),
  unknownPerson: (personId: string): never =>
    fault('person.unknown', 422, `人员 ${personId} 不存在或已停用`, `Person ${personId} does not exist or is inactive`),
  notParticipant: (): never =>
    fault('case.not-participant', 403, '只有申请人、处理人或管理员可以执行此操作', 'Only the applicant, an assignee or an administrator may do this'),
}
