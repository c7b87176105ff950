import type { CaseEvent } from '@tongban/schemas'
import type { Effect } from './effects'
import type { CaseState } from './state'

/** Why a command was refused. Nothing changed. `status` is the HTTP status the host should answer. */
export interface EngineError {
  /** Stable machine code, e.g. `task.not-assignee`, `return.target-not-on-path`. */
  code: string
  status: 403 | 404 | 409 | 422
  /** Simplified Chinese message, shown first. */
  message: string
  messageEn: string
  details?: Array<{ path: string; code: string; message: string; messageEn?: string }>
}

export interface EngineSuccess {
  ok: true
  /** The new state (a fresh object; the input state is never mutated). `version` is input + 1. */
  state: CaseState
  effects: Effect[]
  /** New events, `seq` continuing the case's log without gaps. */
  events: CaseEvent[]
}

export interface EngineFailure {
  ok: false
  error: EngineError
}

export type EngineResult = EngineSuccess | EngineFailure
