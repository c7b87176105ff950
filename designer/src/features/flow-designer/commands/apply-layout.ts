import type { FlowLayout } from '@tongban/schemas'
import type { FlowCommand } from './types'

/** Replace the whole layout (auto-layout). */
export function applyLayout(next: FlowLayout, label = '自动布局'): FlowCommand {
  let previous: FlowLayout | undefined
  return {
    label,
    execute(s) {
      previous = s.layout
      return { ...s, layout: next }
    },
    revert: (s) => (previous ? { ...s, layout: previous } : s),
  }
}
