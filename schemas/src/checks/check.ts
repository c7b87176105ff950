import type { Issue } from '../common/issue'

/**
 * One semantic check of a document, beyond what its JSON Schema can say. Checks are entries in a
 * list per document type (register, don't switch): adding a check is adding a file and a line.
 */
export interface DocumentCheck<Context> {
  /** The issue code this check reports, e.g. `flow.unreachable-node`. */
  readonly code: string
  /** What it checks, for documentation and the designer's rule list. */
  readonly title: { readonly 'zh-CN': string; readonly en: string }
  run(context: Context): Issue[]
}

export function runChecks<Context>(checks: ReadonlyArray<DocumentCheck<Context>>, context: Context): Issue[] {
  return checks.flatMap((check) => check.run(context))
}
