import type { CommandType } from '../types'
import { addSignerCommand } from './add-signer'
import { approveCommand } from './approve'
import { cancelCommand } from './cancel'
import { ccCommand } from './cc'
import type { CommandHandler } from './command-handler'
import { commentCommand } from './comment'
import { delegateCommand } from './delegate'
import { rejectCommand } from './reject'
import { removeSignerCommand } from './remove-signer'
import { resolveCommand } from './resolve'
import { resubmitCommand } from './resubmit'
import { returnCommand } from './return'
import { serviceCallbackCommand } from './service-callback'
import { subflowFinishedCommand } from './subflow-finished'
import { submitCommand } from './submit'
import { timerFiredCommand } from './timer-fired'
import { transferCommand } from './transfer'
import { updateDataCommand } from './update-data'
import { urgeCommand } from './urge'
import { withdrawCommand } from './withdraw'

/** Every command's handler, in one place. */
export const COMMANDS: { [T in CommandType]: CommandHandler<T> } = {
  approve: approveCommand,
  reject: rejectCommand,
  return: returnCommand,
  transfer: transferCommand,
  delegate: delegateCommand,
  resolve: resolveCommand,
  'add-signer': addSignerCommand,
  'remove-signer': removeSignerCommand,
  withdraw: withdrawCommand,
  cancel: cancelCommand,
  urge: urgeCommand,
  comment: commentCommand,
  cc: ccCommand,
  submit: submitCommand,
  resubmit: resubmitCommand,
  'update-data': updateDataCommand,
  'timer-fired': timerFiredCommand,
  'service-callback': serviceCallbackCommand,
  'subflow-finished': subflowFinishedCommand,
}
