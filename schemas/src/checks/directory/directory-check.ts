import type { DocumentCheck } from '../check'
import type { DirectoryDocument } from '../../directory/directory.schema'

export type DirectoryCheck = DocumentCheck<{ readonly directory: DirectoryDocument }>
