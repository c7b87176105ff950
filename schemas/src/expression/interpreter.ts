import { UNDEFINED_NAME } from './analyse'
import { expressionError } from './errors'
import { lookupFunction } from './functions'
import { BINARY_OPERATORS, UNARY_OPERATORS } from './operators'
import type { AstNode } from './parser'
import { guardValue, readMember, readName } from './values'

/** A compiled sub-expression: the scope in, a value out. */
export type Evaluator = (scope: Record<string, unknown>) => unknown

/**
 * Turn an analysed AST (no problems left) into a tree of closures. Evaluation is then a few
 * function calls per node: no re-walking of the AST, no `eval`, no `new Function`.
 */
export function compileNode(node: AstNode): Evaluator {
  const at = node.start
  switch (node.type) {
    case 'Literal': {
      const value = node.value
      return () => value
    }
    case 'Identifier': {
      const name = node.name as string
      if (name === UNDEFINED_NAME) return () => undefined
      return (scope) => readName(scope, name, at)
    }
    case 'MemberExpression':
      return member(node)
    case 'CallExpression':
      return call(node)
    case 'UnaryExpression': {
      const op = UNARY_OPERATORS.get(node.operator as string)!
      const argument = compileNode(node.argument as AstNode)
      return (scope) => op(argument(scope), at)
    }
    case 'BinaryExpression':
      return binary(node)
    case 'ConditionalExpression': {
      const test = compileNode(node.test as AstNode)
      const consequent = compileNode(node.consequent as AstNode)
      const alternate = compileNode(node.alternate as AstNode)
      return (scope) => (test(scope) ? consequent(scope) : alternate(scope))
    }
    case 'ArrayExpression': {
      const elements = (node.elements as AstNode[]).map(compileNode)
      return (scope) => elements.map((element) => element(scope))
    }
    default:
      // Unreachable after analysis; kept so a gap in `analyse` fails closed.
      throw expressionError(
        'expression.unsupported-syntax',
        `不支持的语法：${node.type}`,
        `Unsupported syntax: ${node.type}`,
        at,
      )
  }
}

// helpers

function member(node: AstNode): Evaluator {
  const object = compileNode(node.object as AstNode)
  const property = node.property as AstNode
  const at = property.start
  if (!node.computed) {
    const key = property.name as string
    return (scope) => readMember(object(scope), key, at)
  }
  const key = compileNode(property)
  return (scope) => readMember(object(scope), key(scope), at)
}

function call(node: AstNode): Evaluator {
  const callee = node.callee as AstNode
  const fn = lookupFunction(callee.name as string)!
  const args = (node.arguments as AstNode[]).map(compileNode)
  const at = callee.start
  return (scope) =>
    guardValue(
      fn.call(
        args.map((arg) => arg(scope)),
        at,
      ),
      at,
    )
}

function binary(node: AstNode): Evaluator {
  const operator = node.operator as string
  const left = compileNode(node.left as AstNode)
  const right = compileNode(node.right as AstNode)
  const at = node.start
  switch (operator) {
    case '&&':
      return (scope) => left(scope) && right(scope)
    case '||':
      return (scope) => left(scope) || right(scope)
    case '??':
      return (scope) => left(scope) ?? right(scope)
  }
  const op = BINARY_OPERATORS.get(operator)!
  return (scope) => op(left(scope), right(scope), at)
}
