import { templateExpression } from './template'

describe('templateExpression', () => {
  it.each([
    ['{{a}}', 'a'],
    ['  {{ $deps[0] === "x" }}\n', ' $deps[0] === "x" '],
    ['{{\n a \n}}', '\n a \n'],
    ['{{}}', ''],
  ])('%p → %p', (value, inner) => {
    expect(templateExpression(value)).toBe(inner)
  })

  it.each(['plain', 'x {{a}}', '{{a}} y', '{a}', 42, null, undefined])('%p is not a template', (value) => {
    expect(templateExpression(value)).toBeNull()
  })
})
