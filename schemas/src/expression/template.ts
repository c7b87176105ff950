/**
 * Formily writes expressions as whole-string templates: `"{{ amount > 100 }}"`. A string with
 * text around the braces is plain text to Formily, and to us. The pattern is Formily's own
 * (`@formily/json-schema` compiler), so we find exactly the expressions Formily would run.
 */
const TEMPLATE_RE = /^\s*\{\{([\s\S]*)\}\}\s*$/

/**
 * The expression inside a Formily `{{ … }}` string, or `null` when `value` is not one.
 *
 * @example
 * templateExpression('{{ $deps[0] === "company" }}') // ' $deps[0] === "company" '
 * templateExpression('plain title') // null
 */
export function templateExpression(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const match = TEMPLATE_RE.exec(value)
  return match ? (match[1] ?? '') : null
}
