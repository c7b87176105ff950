import type { TSchema } from '@sinclair/typebox'
import { MatterBundle } from '../bundle/bundle.schema'
import { WorkingCalendar } from '../calendar/calendar.schema'
import { DirectoryDocument } from '../directory/directory.schema'
import { FlowDocument } from '../flow/flow.schema'
import { FormDocument } from '../form/form.schema'
import { Matter } from '../matter/matter.schema'

/**
 * The contract's document schemas whose validators are precompiled at build time (Ajv standalone
 * code, see precompiled/): validating them never compiles code at run time, so a browser app can
 * validate under a Content-Security-Policy without 'unsafe-eval'.
 */
export const CONTRACT_SCHEMAS = {
  matter: Matter,
  form: FormDocument,
  flow: FlowDocument,
  bundle: MatterBundle,
  calendar: WorkingCalendar,
  directory: DirectoryDocument,
} as const satisfies Record<string, TSchema>

export type ContractSchemaName = keyof typeof CONTRACT_SCHEMAS

/** Ajv options shared by the run-time instance and the build-time generator (same code, same errors). */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  discriminator: true,
  allowUnionTypes: true,
  verbose: true,
} as const

/**
 * A fingerprint of a schema (FNV-1a over its JSON): a precompiled validator is used only for the
 * exact schema it was generated from, so a schema edited without regenerating falls back to Ajv.
 */
export function schemaFingerprint(schema: TSchema): string {
  const text = JSON.stringify(schema)
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`
}
