import { ExpressionError } from './errors'
import { MAX_AST_DEPTH, MAX_SOURCE_LENGTH } from './limits'
import { childrenOf, parseExpression, type AstNode } from './parser'

const fail = (source: string): ExpressionError => {
  try {
    parseExpression(source)
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw error
  }
  throw new Error(`expected ${source} to fail`)
}

describe('parseExpression', () => {
  it('parses the supported grammar into a jsep tree', () => {
    const ast = parseExpression('a.b[0] + f(1, "x") ? [1, 2] : !c')
    expect(ast.type).toBe('ConditionalExpression')
  })

  it('records where each name, property and binary operator starts', () => {
    const ast = parseExpression('amount  >= $case.limit') as AstNode
    expect(ast.start).toBe(8)
    const left = ast.left as AstNode
    const right = ast.right as AstNode
    expect(left.start).toBe(0)
    expect((right.object as AstNode).start).toBe(11)
    expect((right.property as AstNode).start).toBe(17)
  })

  it('places operators of nested and parenthesised expressions in source order', () => {
    const ast = parseExpression('(a - b) * len(c + d)') as AstNode
    expect(ast.start).toBe(8)
    expect((ast.left as AstNode).start).toBe(3)
    const call = ast.right as AstNode
    expect(((call.arguments as AstNode[])[0] as AstNode).start).toBe(16)
  })

  it('reports syntax errors with the jsep position', () => {
    const error = fail('a + ')
    expect(error.code).toBe('expression.syntax')
    expect(error.position).toBe(4)
    expect(error.message).toMatch(/语法错误.*第 5 个字符处/)
    expect(error.messageEn).toMatch(/Syntax error.*at character 5/)
  })

  it('rejects object literals, arrow functions, template literals and assignment as syntax', () => {
    for (const source of ['{"a": 1}', '(x) => x', '`a${b}`', 'a = 1', '/re/.test(a)']) {
      expect(fail(source).code).toBe('expression.syntax')
    }
  })

  it('rejects empty and over-long sources', () => {
    expect(fail('   ').code).toBe('expression.empty')
    expect(fail('x'.repeat(MAX_SOURCE_LENGTH + 1)).code).toBe('expression.too-long')
    expect(() => parseExpression('x'.repeat(MAX_SOURCE_LENGTH))).not.toThrow()
  })

  it('rejects trees deeper than the limit, however they nest', () => {
    expect(fail('-('.repeat(MAX_AST_DEPTH + 1) + '1' + ')'.repeat(MAX_AST_DEPTH + 1)).code).toBe(
      'expression.too-deep',
    )
    expect(fail('a' + '.b'.repeat(MAX_AST_DEPTH)).code).toBe('expression.too-deep')
    expect(fail('!'.repeat(MAX_AST_DEPTH + 1) + 'a').code).toBe('expression.too-deep')
    expect(fail('['.repeat(900) + ']'.repeat(900)).code).toBe('expression.too-deep')
    expect(() => parseExpression('!'.repeat(MAX_AST_DEPTH - 1) + 'a')).not.toThrow()
    // Parentheses group; they add no level.
    expect(() => parseExpression('('.repeat(500) + '1' + ')'.repeat(500))).not.toThrow()
  })

  it('lists children in source order, callee first', () => {
    const ast = parseExpression('f(a, b)') as AstNode
    expect(childrenOf(ast).map((n) => n.name)).toEqual(['f', 'a', 'b'])
  })
})
