import type { TimerPurpose } from '../types'
import { caseLegalRedTimer, caseRedTimer, caseYellowTimer } from './case-cards'
import { nodeOverdueTimer } from './node-overdue'
import { taskDueTimer } from './task-due'
import { taskRemindTimer } from './task-remind'
import { taskYellowTimer } from './task-yellow'
import type { TimerHandler } from './timer-handler'
import { timerNodeTimer } from './timer-node'

export const TIMER_HANDLERS: Record<TimerPurpose, TimerHandler> = {
  'task-due': taskDueTimer,
  'task-remind': taskRemindTimer,
  'task-yellow': taskYellowTimer,
  'timer-node': timerNodeTimer,
  'node-overdue': nodeOverdueTimer,
  'case-yellow': caseYellowTimer,
  'case-red': caseRedTimer,
  'case-legal-red': caseLegalRedTimer,
}
