import { pickFields, toFormErrors, toFormPath } from './server-errors'

describe('server error paths', () => {
  it('turns JSON pointers under /data into Formily paths', () => {
    expect(toFormPath('/data/copies')).toBe('copies')
    expect(toFormPath('/data/records/0/archiveNo')).toBe('records.0.archiveNo')
    expect(toFormPath('/body/data/a~1b')).toBe('a/b')
    expect(toFormPath('copies')).toBe('copies')
    expect(toFormErrors([{ path: '/data/x', message: 'm' }])).toEqual([{ path: 'x', message: 'm' }])
  })
  it('keeps only editable fields', () => {
    expect(pickFields({ a: 1, b: 2 }, ['b', 'c'])).toEqual({ b: 2 })
  })
})
