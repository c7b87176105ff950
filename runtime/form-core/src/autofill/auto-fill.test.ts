import { parityFixtures } from '../parity/parity-fixtures'
import { autoFillValues } from './auto-fill'
import { valuesFromPreviousCase } from './copy-previous'

const { form } = parityFixtures()[0]!

describe('autoFillValues', () => {
  test('fills bound fields from the profile, leaving values the clerk already typed', () => {
    const result = autoFillValues(form, { name: '张三', phone: '13800138000' }, { phone: '13900139000' })
    expect(result.values).toEqual({ applicantName: '张三', phone: '13900139000' })
    expect(result.filled).toEqual(['applicantName'])
    expect(result.bound).toEqual(['applicantName', 'phone'])
  })

  test('overwrite replaces typed values', () => {
    const result = autoFillValues(form, { phone: '13800138000' }, { phone: '1' }, { overwrite: true })
    expect(result.values.phone).toBe('13800138000')
  })
})

describe('valuesFromPreviousCase', () => {
  test('copies what still fits, never computed values, unknown keys or opinions', () => {
    const previous = { applicantName: '张三', total: 99, gone: 1, opinion: '同意', members: [{ memberName: '李四', old: 1 }] }
    const { values, copied } = valuesFromPreviousCase(form, previous)
    expect(values).toEqual({ applicantName: '张三', members: [{ memberName: '李四' }] })
    expect(copied).toEqual(['applicantName', 'members.*.memberName', 'members'])
  })
})
