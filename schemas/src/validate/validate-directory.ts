import type { Issue } from '../common/issue'
import { runDirectoryChecks } from '../checks/directory'
import { DirectoryDocument } from '../directory/directory.schema'
import { validateAgainst } from './ajv'

/**
 * Validate a directory (单位库/人员库) document: its schema, then unique ids, references that
 * resolve, and a proper organisation tree.
 *
 * @example
 * const issues = validateDirectory(JSON.parse(text))
 * if (hasErrors(issues)) console.error(issues.map((i) => `${i.path} ${i.message}`).join('\n'))
 */
export function validateDirectory(document: unknown): Issue[] {
  const result = validateAgainst(DirectoryDocument, document)
  return result.ok ? runDirectoryChecks(result.value) : result.issues
}
