import type { FieldPermissions, FlowNode } from '@tongban/schemas'
import { start } from './flow-kit'

/** The applicant fills everything except the fields later steps write (opinions, results). */
export function startHiding(processingFields: string[]): FlowNode {
  const fields: FieldPermissions['fields'] = Object.fromEntries(processingFields.map((f) => [f, 'hidden']))
  return start({ default: 'edit', fields })
}

/** The fields the applicant block binds from the directory; never edited after submission. */
export const APPLICANT_FIELDS = ['applicantName', 'applicantOrg', 'applicantPosition', 'applicantPhone', 'applyDate']
