import { expressionError, type ExpressionError } from './errors'
import { lookupFunction } from './functions'
import { FORBIDDEN_MEMBERS } from './limits'
import { BINARY_OPERATORS, SHORT_CIRCUIT_OPERATORS, UNARY_OPERATORS } from './operators'
import { childrenOf, type AstNode } from './parser'

/** A top-level name an expression reads, with where it first appears. */
export interface NameUse {
  name: string
  position?: number
}

export interface Analysis {
  /** Bare and `$` names read at top level, first use of each, in source order. */
  names: NameUse[]
  /** Everything the language forbids, outermost first. Compile throws the first; check lists all. */
  problems: ExpressionError[]
}

/** `undefined` reads as a constant, not as a name in scope. */
export const UNDEFINED_NAME = 'undefined'

/**
 * Walk a parsed expression and collect what it reads and what it breaks. Kept apart from the
 * interpreter so that `checkExpression` can report every problem at once with positions.
 */
export function analyse(ast: AstNode): Analysis {
  const result: Analysis = { names: [], problems: [] }
  const seen = new Set<string>()
  const visit = (node: AstNode): void => {
    const problem = inspect(node)
    if (problem) result.problems.push(problem)
    if (node.type === 'Identifier') {
      const name = node.name as string
      if (name !== UNDEFINED_NAME && !FORBIDDEN_MEMBERS.has(name) && !seen.has(name)) {
        seen.add(name)
        result.names.push({ name, position: node.start })
      }
      return
    }
    if (node.type === 'MemberExpression') {
      visit(node.object as AstNode)
      // A dotted property is a key, not a name in scope.
      if (node.computed) visit(node.property as AstNode)
      return
    }
    if (node.type === 'CallExpression') {
      // A bare callee is a function name (checked by inspect), not a name in scope.
      const callee = node.callee as AstNode
      if (callee.type !== 'Identifier') visit(callee)
      for (const arg of node.arguments as AstNode[]) visit(arg)
      return
    }
    for (const child of childrenOf(node)) visit(child)
  }
  visit(ast)
  return result
}

// helpers

function inspect(node: AstNode): ExpressionError | undefined {
  const at = node.start
  switch (node.type) {
    case 'Literal':
      return isPlainLiteral(node.value)
        ? undefined
        : unsupported(`字面量 ${String(node.raw)}`, `literal ${String(node.raw)}`, at)
    case 'Identifier':
      return forbiddenName(node.name as string, at)
    case 'MemberExpression':
      return memberProblem(node)
    case 'CallExpression':
      return callProblem(node)
    case 'UnaryExpression': {
      const op = node.operator as string
      return UNARY_OPERATORS.has(op) ? undefined : unsupportedOperator(op, at)
    }
    case 'BinaryExpression': {
      const op = node.operator as string
      return BINARY_OPERATORS.has(op) || SHORT_CIRCUIT_OPERATORS.has(op)
        ? undefined
        : unsupportedOperator(op, at)
    }
    case 'ConditionalExpression':
      return undefined
    case 'ArrayExpression':
      return (node.elements as Array<AstNode | null>).includes(null)
        ? unsupported('数组空位', 'array holes', at)
        : undefined
    case 'ThisExpression':
      return unsupported('this', 'this', at)
    case 'Compound':
      return unsupported('多个表达式（请只写一个表达式）', 'several expressions (write exactly one)', at)
    case 'SequenceExpression':
      return unsupported('逗号表达式', 'comma expressions', at)
    default:
      return unsupported(node.type, node.type, at)
  }
}

function isPlainLiteral(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function memberProblem(node: AstNode): ExpressionError | undefined {
  const property = node.property as AstNode
  if (!node.computed) return forbiddenName(property.name as string, property.start)
  if (
    property.type === 'Literal' &&
    (typeof property.value === 'string' || typeof property.value === 'number')
  ) {
    return forbiddenName(String(property.value), property.start)
  }
  return undefined
}

function callProblem(node: AstNode): ExpressionError | undefined {
  const callee = node.callee as AstNode
  const at = callee.start
  if (callee.type !== 'Identifier') {
    return expressionError(
      'expression.not-callable',
      '只能直接调用白名单函数（如 len(x)），不能调用方法或表达式的结果',
      'Only whitelisted functions can be called, by bare name (like len(x)); methods and computed callees cannot',
      at,
    )
  }
  const name = callee.name as string
  const fn = lookupFunction(name)
  if (!fn) {
    return expressionError(
      'expression.unknown-function',
      `未知函数“${name}”`,
      `Unknown function "${name}"`,
      at,
    )
  }
  const argCount = (node.arguments as AstNode[]).length
  if (argCount < fn.minArgs || argCount > fn.maxArgs) {
    const range = arityText(fn.minArgs, fn.maxArgs)
    return expressionError(
      'expression.arity',
      `函数 ${fn.signature} 需要 ${range.zh} 个参数，实际 ${argCount} 个`,
      `Function ${fn.signature} takes ${range.en} argument${range.en === '1' ? '' : 's'}, got ${argCount}`,
      at,
    )
  }
  return undefined
}

function arityText(min: number, max: number): { zh: string; en: string } {
  if (min === max) return { zh: String(min), en: String(min) }
  if (max === Infinity) return { zh: `至少 ${min}`, en: `at least ${min}` }
  return { zh: `${min}–${max}`, en: `${min} to ${max}` }
}

function forbiddenName(name: string, at?: number): ExpressionError | undefined {
  if (!FORBIDDEN_MEMBERS.has(name)) return undefined
  return expressionError(
    'expression.forbidden-member',
    `禁止访问“${name}”`,
    `Access to "${name}" is forbidden`,
    at,
  )
}

function unsupported(zh: string, en: string, at?: number): ExpressionError {
  return expressionError(
    'expression.unsupported-syntax',
    `不支持的语法：${zh}`,
    `Unsupported syntax: ${en}`,
    at,
  )
}

function unsupportedOperator(op: string, at?: number): ExpressionError {
  return expressionError(
    'expression.unsupported-operator',
    `不支持的运算符“${op}”`,
    `Unsupported operator "${op}"`,
    at,
  )
}
