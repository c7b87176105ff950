import { expressionError } from './errors'
import { FORBIDDEN_MEMBERS } from './limits'

/**
 * The only places where the interpreter touches host objects. Reads are own-property only, so no
 * prototype (Object.prototype, Function.prototype, String.prototype …) is ever reachable, and no
 * function value ever reaches an expression or its caller.
 */
export type Primitive = string | number | boolean | null | undefined

const hasOwn = (target: object, key: string): boolean => Object.prototype.hasOwnProperty.call(target, key)

/** `{}`-like: Object.prototype or null prototype (Formily's observable proxies qualify too). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** `object[key]` under the language's rules; `null`/`undefined` objects read as `undefined`. */
export function readMember(object: unknown, key: unknown, position?: number): unknown {
  if (object === null || object === undefined) return undefined
  if (typeof object === 'function') {
    throw expressionError(
      'expression.forbidden-member',
      '不能读取函数的属性',
      'Cannot read a property of a function',
      position,
    )
  }
  if (typeof key !== 'string' && typeof key !== 'number') {
    throw expressionError(
      'expression.type-error',
      '属性名必须是字符串或数字',
      'A property name must be a string or a number',
      position,
    )
  }
  const name = String(key)
  assertAllowedMember(name, position)
  if (typeof object !== 'object' && typeof object !== 'string') return undefined
  if (!hasOwn(object as object, name)) return undefined
  return guardValue((object as Record<string, unknown>)[name], position)
}

/**
 * A bare name: the scope's own property, else the form value of that name in `scope.$values`.
 * `$`-names are context and come from the scope only.
 */
export function readName(scope: Record<string, unknown>, name: string, position?: number): unknown {
  if (hasOwn(scope, name)) return guardValue(scope[name], position)
  if (name.startsWith('$')) return undefined
  const values = hasOwn(scope, '$values') ? scope.$values : undefined
  if (isPlainObject(values) && hasOwn(values, name)) return guardValue(values[name], position)
  return undefined
}

export function assertAllowedMember(name: string, position?: number): void {
  if (FORBIDDEN_MEMBERS.has(name)) {
    throw expressionError(
      'expression.forbidden-member',
      `禁止访问属性“${name}”`,
      `Access to the property "${name}" is forbidden`,
      position,
    )
  }
}

/** Functions (and other exotic values) never flow through an expression. */
export function guardValue(value: unknown, position?: number): unknown {
  if (typeof value === 'function') {
    throw expressionError(
      'expression.function-value',
      '表达式不能使用函数值',
      'An expression cannot use a function value',
      position,
    )
  }
  if (typeof value === 'symbol' || typeof value === 'bigint') {
    throw expressionError('expression.type-error', '不支持的值类型', 'Unsupported value type', position)
  }
  return value
}

/** Operands of arithmetic and ordering must be primitives: no `valueOf`/`toString` is ever called. */
export function primitive(value: unknown, operator: string, position?: number): Primitive {
  if (value === null || value === undefined) return value
  const kind = typeof value
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return value as Primitive
  throw expressionError(
    'expression.type-error',
    `运算符“${operator}”不能用于对象或数组`,
    `The operator "${operator}" cannot be applied to an object or array`,
    position,
  )
}

export function isPrimitive(value: unknown): value is Primitive {
  return value === null || (typeof value !== 'object' && typeof value !== 'function')
}
