import type { FormDocument } from '@tongban/schemas'
import type { Command } from '../../../shared/command-stack'

/** Every form edit is one of these (execute/revert on the FormDocument). */
export type FormCommand = Command<FormDocument>
