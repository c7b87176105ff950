import { sharedRulesPatch } from './rules-patch'

describe('sharedRulesPatch', () => {
  test('a validator naming a shared rule uses the rule, not the format', () => {
    expect(sharedRulesPatch({ 'x-validator': 'idcard' })['x-validator']).toEqual([{ idcard: true }])
    expect(sharedRulesPatch({ format: 'phone' })).toEqual({ 'x-validator': [{ phone: true }] })
  })

  test('a widget brings its rules, once, however often the patch runs', () => {
    const once = sharedRulesPatch({ 'x-component': 'IdCardInput' })
    expect(once['x-validator']).toEqual([{ idcard: true }])
    expect(sharedRulesPatch(once)['x-validator']).toEqual([{ idcard: true }])
  })

  test('leaves other nodes alone', () => {
    const node = { 'x-component': 'Input', 'x-validator': { maxLength: 3 } }
    expect(sharedRulesPatch(node)).toBe(node)
  })
})
