import type { Matter, MatterBundle } from '@tongban/schemas'
import type { Command } from '../../../shared/command-stack'

/** Replace the standard elements; `field` merges typing in one box into one undo step. */
export function updateMatter(next: Matter, field = 'matter'): Command<MatterBundle> {
  let previous: Matter | undefined
  return {
    label: `修改要素 ${field}`,
    mergeKey: `matter:${field}`,
    execute(b) {
      previous = b.matter
      return { ...b, matter: next }
    },
    revert: (b) => (previous ? { ...b, matter: previous } : b),
  }
}
