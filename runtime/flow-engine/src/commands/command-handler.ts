import type { CaseStatus } from '@tongban/schemas'
import type { Run } from '../core/run'
import type { CommandOf, CommandType } from '../types'

/** How one command type is checked and applied. One file per command; {@link COMMANDS} assembles them. */
export interface CommandHandler<T extends CommandType> {
  type: T
  /** Case statuses in which the command is accepted (else 409). */
  statuses: readonly CaseStatus[]
  /** Who acts (null for system inputs); written as the events' `actorId`. */
  actor(command: CommandOf<T>): string | null
  /** Check and apply. Refuse with `fault()`; the run is discarded then. */
  apply(run: Run, command: CommandOf<T>): void
}

export const RUNNING: readonly CaseStatus[] = ['in-progress']
export const RUNNING_OR_RETURNED: readonly CaseStatus[] = ['in-progress', 'returned']
