import { checkExpression } from './check'

const env = { fields: ['amount', 'items'], context: ['$applicant', '$today'] }

describe('checkExpression', () => {
  it('accepts an expression naming only known fields, context and functions', () => {
    expect(
      checkExpression('amount > 100 && $applicant.orgId != "" && sum(items, "x") < 5', env, '/c'),
    ).toEqual([])
  })

  it('reports unknown fields and context at the given path, with position', () => {
    const issues = checkExpression('amont > 1 || $case.id', env, '/flow/edges/1/condition')
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/flow/edges/1/condition', 'expression.unknown-name'],
      ['/flow/edges/1/condition', 'expression.unknown-context'],
    ])
    expect(issues[0]!.message).toMatch(/字段“amont”.*第 1 个字符处/)
    expect(issues[1]!.messageEn).toMatch(/"\$case".*available: \$applicant \$today.*at character 14/)
    expect(issues.every((i) => i.severity === 'error')).toBe(true)
  })

  it('reports every problem at once, in source order', () => {
    const codes = checkExpression('foo(a) + len(1, 2) + x.constructor + y.f()', env, '').map((i) => i.code)
    expect(codes).toEqual([
      'expression.unknown-function',
      'expression.unknown-name',
      'expression.arity',
      'expression.unknown-name',
      'expression.forbidden-member',
      'expression.not-callable',
      'expression.unknown-name',
    ])
    // `y.f()` is refused as a method call at `y`, and `y` itself is unknown.
  })

  it('reports a syntax error as one issue', () => {
    const issues = checkExpression('amount >', env, '/x')
    expect(issues).toHaveLength(1)
    expect(issues[0]!.code).toBe('expression.syntax')
  })

  it('does not count property names or callees as names', () => {
    expect(checkExpression('$applicant.amountX + len(items)', env, '')).toEqual([])
  })

  it('quotes the expression, shortened, in the message', () => {
    const long = 'amount + ' + 'amount + '.repeat(20) + 'nope'
    const [problem] = checkExpression(long, env, '')
    expect(problem!.message).toContain('表达式：amount + amount')
    expect(problem!.message.endsWith('…')).toBe(true)
  })
})
