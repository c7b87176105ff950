import type { Issue } from '../../common/issue'
import type { DirectoryDocument } from '../../directory/directory.schema'
import { runChecks } from '../check'
import type { DirectoryCheck } from './directory-check'
import { organisationTree } from './organisation-tree'
import { references } from './references'
import { uniqueIds } from './unique-ids'

export const DIRECTORY_CHECKS: readonly DirectoryCheck[] = [uniqueIds, references, organisationTree]

export function runDirectoryChecks(directory: DirectoryDocument): Issue[] {
  return runChecks(DIRECTORY_CHECKS, { directory })
}
