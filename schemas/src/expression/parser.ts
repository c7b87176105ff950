import jsep from 'jsep'
import { expressionError } from './errors'
import { MAX_AST_DEPTH, MAX_SOURCE_LENGTH } from './limits'

/**
 * Parsing: jsep (MIT, no dependencies, an expression-only grammar: no statements, assignment,
 * `new`, arrow functions or template literals unless plugins add them — we add none, and we never
 * touch jsep's global operator tables, which other code in the process may share).
 * What jsep accepts but the language does not (`this`, `~`, bit operators, method calls …) is
 * rejected afterwards by `analyse.ts`.
 *
 * Every node gets `start`, its 0-based position in the source, so errors can point at the exact
 * name or operator (jsep itself records none).
 */
export type AstNode = jsep.Expression & { start?: number }

/** Parse `source` to a jsep AST, enforcing the length and depth limits. Throws ExpressionError. */
export function parseExpression(source: string): AstNode {
  if (typeof source !== 'string') {
    throw expressionError('expression.type-error', '表达式必须是字符串', 'An expression must be a string')
  }
  if (source.length > MAX_SOURCE_LENGTH) {
    throw expressionError(
      'expression.too-long',
      `表达式过长：${source.length} 个字符，最多 ${MAX_SOURCE_LENGTH} 个`,
      `Expression too long: ${source.length} characters, at most ${MAX_SOURCE_LENGTH}`,
    )
  }
  if (source.trim() === '') throw expressionError('expression.empty', '表达式为空', 'The expression is empty')
  const { ast, operatorPositions } = runParser(source)
  if (depthOf(ast) > MAX_AST_DEPTH) {
    throw expressionError(
      'expression.too-deep',
      `表达式嵌套过深：最多 ${MAX_AST_DEPTH} 层`,
      `Expression nested too deeply: at most ${MAX_AST_DEPTH} levels`,
    )
  }
  placeOperators(ast, operatorPositions)
  return ast
}

/** The direct sub-expressions of a node, in source order. */
export function childrenOf(node: AstNode): AstNode[] {
  switch (node.type) {
    case 'CallExpression':
      return [node.callee as AstNode, ...(node.arguments as AstNode[])]
    case 'BinaryExpression':
      return [node.left as AstNode, node.right as AstNode]
    case 'MemberExpression':
      return [node.object as AstNode, node.property as AstNode]
    case 'ConditionalExpression':
      return [node.test as AstNode, node.consequent as AstNode, node.alternate as AstNode]
    case 'UnaryExpression':
      return [node.argument as AstNode]
    case 'ArrayExpression':
      return (node.elements as Array<AstNode | null>).filter((e): e is AstNode => e !== null)
    case 'Compound':
      return node.body as AstNode[]
    case 'SequenceExpression':
      return node.expressions as AstNode[]
    default:
      return []
  }
}

// helpers

interface JsepParser {
  index: number
  parse(): AstNode
  gobbleSpaces(): void
  gobbleToken(): AstNode | false
  gobbleIdentifier(): AstNode
  gobbleBinaryOp(): string | false
}
const { Jsep } = jsep as unknown as { Jsep: new (source: string) => JsepParser }

/** jsep's own parser, noting where each token and binary operator starts. */
class PositionedParser extends Jsep {
  readonly operatorPositions: number[] = []

  override gobbleToken(): AstNode | false {
    this.gobbleSpaces()
    const start = this.index
    const node = super.gobbleToken()
    if (node && node.start === undefined) node.start = start
    return node
  }

  override gobbleIdentifier(): AstNode {
    const start = this.index
    const node = super.gobbleIdentifier()
    node.start = start
    return node
  }

  override gobbleBinaryOp(): string | false {
    this.gobbleSpaces()
    const start = this.index
    const op = super.gobbleBinaryOp()
    if (op) this.operatorPositions.push(start)
    return op
  }
}

function runParser(source: string): { ast: AstNode; operatorPositions: number[] } {
  const parser = new PositionedParser(source)
  let ast: AstNode
  try {
    ast = parser.parse()
  } catch (error) {
    if (error instanceof RangeError) {
      // Deep nesting can exhaust jsep's recursive descent before our own depth check runs.
      throw expressionError('expression.too-deep', '表达式嵌套过深', 'Expression nested too deeply')
    }
    const e = error as { index?: unknown; description?: unknown; message?: unknown }
    const index = typeof e.index === 'number' ? e.index : undefined
    const reason = String(e.description ?? e.message ?? 'syntax error')
    throw expressionError('expression.syntax', `表达式语法错误：${reason}`, `Syntax error: ${reason}`, index)
  }
  if (ast.type === 'Compound' && (ast.body as AstNode[]).length === 0) {
    throw expressionError('expression.empty', '表达式为空', 'The expression is empty')
  }
  return { ast, operatorPositions: parser.operatorPositions }
}

/**
 * Complete the positions. Binary nodes are built from a stack after their operators were read;
 * an in-order walk meets them in source order, which is the order the operators were recorded in.
 */
function placeOperators(ast: AstNode, positions: readonly number[]): void {
  let next = 0
  const visit = (node: AstNode): void => {
    if (node.type === 'BinaryExpression') {
      visit(node.left as AstNode)
      node.start = positions[next++]
      visit(node.right as AstNode)
      return
    }
    const children = childrenOf(node)
    for (const child of children) visit(child)
    // Members and calls are built around a token that already has its start: they begin there.
    if (node.start === undefined) node.start = children[0]?.start
  }
  visit(ast)
}

/** Iterative, so that a pathological tree cannot overflow the stack while being measured. */
function depthOf(root: AstNode): number {
  let max = 0
  const stack: Array<[AstNode, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > max) max = depth
    if (max > MAX_AST_DEPTH) return max
    for (const child of childrenOf(node)) stack.push([child, depth + 1])
  }
  return max
}
