import { COLLECTION_FUNCTIONS } from './library/collection'
import { DATE_FUNCTIONS } from './library/date'
import type { ExpressionFunction } from './library/function-definition'
import { MATH_FUNCTIONS } from './library/math'
import { TEXT_FUNCTIONS } from './library/text'

export type { ExpressionFunction } from './library/function-definition'

/**
 * The whitelist: the only functions an expression can call, by bare name (`len(x)`). Each is
 * documented in zh-CN and en on its definition in `library/`. To add one, add an entry to a
 * library file (or a new file listed here) — nothing else needs to change.
 */
const FUNCTIONS: readonly ExpressionFunction[] = [
  ...COLLECTION_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...TEXT_FUNCTIONS,
  ...DATE_FUNCTIONS,
]

const TABLE: ReadonlyMap<string, ExpressionFunction> = new Map(FUNCTIONS.map((f) => [f.name, f]))

/** Look a function up by name; `undefined` for anything not whitelisted. */
export function lookupFunction(name: string): ExpressionFunction | undefined {
  return TABLE.get(name)
}

/** The whitelisted functions callable from expressions. */
export const EXPRESSION_FUNCTIONS: readonly string[] = Object.freeze(FUNCTIONS.map((f) => f.name))

/** Every function with its signature and documentation, for designers' help and autocomplete. */
export function describeExpressionFunctions(): ReadonlyArray<Omit<ExpressionFunction, 'call'>> {
  return FUNCTIONS.map(({ name, signature, minArgs, maxArgs, summary }) => ({
    name,
    signature,
    minArgs,
    maxArgs,
    summary,
  }))
}
