import { issue, type Issue } from '../common/issue'
import { analyse, type NameUse } from './analyse'
import { ExpressionError, expressionError } from './errors'
import { parseExpression } from './parser'

/** What exists where an expression is written. */
export interface ExpressionEnvironment {
  /** Bare names that exist (form fields). */
  fields: readonly string[]
  /** `$`-names that exist in this place (e.g. `$applicant`, `$node`; `$self`/`$deps` in forms). */
  context: readonly string[]
}

/**
 * Check an expression without running it: syntax, forbidden constructs, unknown functions, wrong
 * argument counts, and names that do not exist in `env`. Every problem becomes an {@link Issue}
 * at `path` (the JSON pointer of the string that holds the expression).
 *
 * @example
 * checkExpression('amount > limit', { fields: ['amount'], context: [] }, '/flow/edges/2/condition')
 * // → [{ path: '/flow/edges/2/condition', code: 'expression.unknown-name', … }]
 */
export function checkExpression(source: string, env: ExpressionEnvironment, path: string): Issue[] {
  let problems: ExpressionError[]
  try {
    const ast = parseExpression(source)
    const analysis = analyse(ast)
    problems = [...analysis.problems, ...unknownNames(analysis.names, env)].sort(
      (a, b) => (a.position ?? 0) - (b.position ?? 0),
    )
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error
    problems = [error]
  }
  const excerpt = shorten(String(source))
  // `f()()` and the like can raise the same problem twice at one place: report it once.
  const seen = new Set<string>()
  problems = problems.filter((p) => {
    const key = `${p.code}|${p.message}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
  return problems.map((p) =>
    issue(path, p.code, `${p.message}；表达式：${excerpt}`, `${p.messageEn}; expression: ${excerpt}`),
  )
}

// helpers

function unknownNames(names: readonly NameUse[], env: ExpressionEnvironment): ExpressionError[] {
  const fields = new Set(env.fields)
  const context = new Set(env.context)
  const out: ExpressionError[] = []
  for (const { name, position } of names) {
    if (name.startsWith('$')) {
      if (!context.has(name)) {
        const allowed = env.context.length > 0 ? env.context.join(' ') : '—'
        out.push(
          expressionError(
            'expression.unknown-context',
            `此处没有上下文变量“${name}”（可用：${allowed}）`,
            `No context variable "${name}" here (available: ${allowed})`,
            position,
          ),
        )
      }
    } else if (!fields.has(name)) {
      out.push(
        expressionError(
          'expression.unknown-name',
          `表单中没有字段“${name}”`,
          `The form has no field "${name}"`,
          position,
        ),
      )
    }
  }
  return out
}

function shorten(source: string): string {
  return source.length <= 80 ? source : `${source.slice(0, 77)}…`
}
