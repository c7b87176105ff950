import type { Issue } from '../common/issue'
import { runMatterChecks } from '../checks/matter'
import { Matter } from '../matter/matter.schema'
import { validateAgainst } from './ajv'

/**
 * Validate a matter's standard elements: its schema, then promised ≤ legal time limit, unique
 * material ids, a variant that is not its own standard, a complete applicant scope.
 *
 * @example
 * validateMatter(matter).filter((i) => i.code === 'matter.promised-exceeds-legal')
 */
export function validateMatter(document: unknown): Issue[] {
  const result = validateAgainst(Matter, document)
  return result.ok ? runMatterChecks(result.value) : result.issues
}
