export type DocumentType = 'bundle' | 'directory' | 'calendar' | 'flow' | 'form' | 'matter'

/**
 * Tell a document's type by its shape, most specific first. `undefined` for anything else.
 */
export function detectDocumentType(document: unknown): DocumentType | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined
  const has = (key: string) => Object.prototype.hasOwnProperty.call(document, key)
  if (has('bundleFormat')) return 'bundle'
  if (has('organisations') && has('people')) return 'directory'
  if (has('weekend') && has('years')) return 'calendar'
  if (has('nodes') && has('edges')) return 'flow'
  if (has('schema')) return 'form'
  if (has('code') && has('timeLimits')) return 'matter'
  return undefined
}
