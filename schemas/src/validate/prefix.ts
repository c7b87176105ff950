import type { Issue } from '../common/issue'

/** Re-base issues found in a part of a document (`/flow/...` for a bundle's flow). */
export function prefixIssues(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: i.path === '/' ? prefix : prefix + i.path }))
}
