import { applyLayout } from './apply-layout'
import { replaceFlow } from './replace-flow'
import { updateSettings } from './update-settings'
import { archiveStack } from './test-helpers'

describe('updateSettings / applyLayout / replaceFlow', () => {
  it('updateSettings execute and undo', () => {
    const { stack, initial } = archiveStack()
    const s = stack.execute(updateSettings({ ...initial.flow.settings, resubmit: 'restart' }))
    expect(s.flow.settings.resubmit).toBe('restart')
    expect(stack.undo()).toEqual(initial)
  })
  it('applyLayout execute and undo', () => {
    const { stack, initial } = archiveStack()
    const s = stack.execute(applyLayout({ nodes: { start: { x: 0, y: 0 } } }))
    expect(s.layout).toEqual({ nodes: { start: { x: 0, y: 0 } } })
    expect(stack.undo()).toEqual(initial)
  })
  it('replaceFlow execute and undo', () => {
    const { stack, initial } = archiveStack()
    const next = { ...initial, flow: { ...initial.flow, edges: [] } }
    expect(stack.execute(replaceFlow(next))).toBe(next)
    expect(stack.undo()).toEqual(initial)
  })
})
