import { h } from '@logicflow/core'

export type SvgNode = h.JSX.Element

type Child = SvgNode | string | null | undefined

/** `h` with loose attribute typing: preact's per-call inference rejects mixed SVG children. */
export function svg(tag: string, attrs: Record<string, unknown> = {}, children: Child[] | string = []): SvgNode {
  const list = typeof children === 'string' ? [children] : children.filter((c) => c !== null && c !== undefined)
  return (h as unknown as (t: string, a: unknown, ...c: unknown[]) => SvgNode)(tag, attrs, ...list)
}
