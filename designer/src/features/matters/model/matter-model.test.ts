import { MatterBundle, validateAgainst, validateBundle } from '@tongban/schemas'
import { archiveLookup } from '../../../fixtures'
import { CommandStack } from '../../../shared/command-stack'
import { newBundle } from './new-bundle'
import { updateMatter } from './update-matter'

describe('matter model', () => {
  it('a new bundle is valid and passes the bundle checks', () => {
    const b = newBundle({ ...archiveLookup.matter, id: 'm-new', code: 'NEW-001', status: 'draft', version: 0 })
    expect(validateAgainst(MatterBundle, b).issues).toEqual([])
    expect(validateBundle(b).filter((i) => i.severity === 'error')).toEqual([])
  })
  it('updateMatter: execute', () => {
    const stack = new CommandStack(archiveLookup)
    expect(stack.execute(updateMatter({ ...archiveLookup.matter, name: '查档' }, 'name')).matter.name).toBe('查档')
  })
  it('updateMatter: undo', () => {
    const stack = new CommandStack(archiveLookup)
    stack.execute(updateMatter({ ...archiveLookup.matter, name: '查' }, 'name'))
    stack.execute(updateMatter({ ...archiveLookup.matter, name: '查档' }, 'name'))
    expect(stack.undo()).toEqual(archiveLookup)
  })
})
