import { ExpressionError } from './errors'
import { childrenOf, parseExpression, type AstNode } from './parser'

/**
 * The string literals of an expression, or `null` when it does not parse. For content checks:
 * text an expression can produce comes only from its literals and from data.
 */
export function stringLiterals(source: string): string[] | null {
  let ast: AstNode
  try {
    ast = parseExpression(source)
  } catch (error) {
    if (error instanceof ExpressionError) return null
    throw error
  }
  const out: string[] = []
  const stack = [ast]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value)
    stack.push(...childrenOf(node))
  }
  return out
}
