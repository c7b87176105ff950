import type { FlowSettings } from '@tongban/schemas'
import type { FlowCommand } from './types'

export function updateSettings(next: FlowSettings): FlowCommand {
  let previous: FlowSettings | undefined
  return {
    label: '修改流程设置',
    execute(s) {
      previous = s.flow.settings
      return { ...s, flow: { ...s.flow, settings: next } }
    },
    revert: (s) => (previous ? { ...s, flow: { ...s.flow, settings: previous } } : s),
  }
}
