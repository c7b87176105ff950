import { archiveLookup } from '../../../fixtures'
import { resolveDrop } from './resolve-drop'

describe('resolveDrop', () => {
  it('drops at a field position or at the end of a container', () => {
    expect(resolveDrop(archiveLookup.form, 'field:phone')).toEqual({ parent: [], index: 2 })
    expect(resolveDrop(archiveLookup.form, 'container:')).toEqual({ parent: [], index: 7 })
    expect(resolveDrop(archiveLookup.form, 'container:records/[]')).toEqual({ parent: ['records', '[]'], index: 2 })
    expect(resolveDrop(archiveLookup.form, 'field:nope')).toBeUndefined()
  })
})
