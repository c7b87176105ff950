/**
 * One problem found in a document or a request. Every validator and check in Tongban reports these.
 *
 * `path` is a JSON pointer into the checked document (`/flow/nodes/3/assignees/0/role`); for flow
 * checks `target.nodeId` / `target.edgeId` name the element to highlight in the designer.
 */
export interface Issue {
  path: string
  /** Stable machine code, e.g. `flow.unreachable-node`, `schema.required`, `expression.unknown-name`. */
  code: string
  /** Simplified Chinese message, shown to users first. */
  message: string
  /** English message. */
  messageEn: string
  severity: 'error' | 'warning'
  target?: { nodeId?: string; edgeId?: string; field?: string }
}

export function issue(
  path: string,
  code: string,
  message: string,
  messageEn: string,
  extra: { severity?: Issue['severity']; target?: Issue['target'] } = {},
): Issue {
  const result: Issue = { path, code, message, messageEn, severity: extra.severity ?? 'error' }
  if (extra.target) result.target = extra.target
  return result
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}

/** Escape one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1')
}

export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + pointerSegment(s)).join('')
}
