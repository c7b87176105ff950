import { getComponent, getValidationRule } from '@tongban/schemas'

type Json = Record<string, unknown>

/**
 * Formily schema patch (runs on every schema node it parses, in the browser and on the server):
 * - a validator named after a shared rule (`"x-validator": "idcard"`, `format: "phone"`) uses that
 *   rule rather than Formily's weaker built-in format regex;
 * - a component's own rules (`IdCardInput` → `idcard`) always apply, so the rule of a widget is
 *   enforced wherever the schema is validated, not only inside the widget.
 * Idempotent: patching a patched node changes nothing.
 */
export function sharedRulesPatch(schema: Json): Json {
  const component = typeof schema['x-component'] === 'string' ? getComponent(schema['x-component']) : undefined
  const raw = schema['x-validator']
  const validators: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? [...raw] : [raw]
  let changed = false
  const has = (name: string) => validators.some((v) => isRuleObject(v) && v[name] === true)

  for (let i = 0; i < validators.length; i++) {
    const v = validators[i]
    if (typeof v === 'string' && getValidationRule(v)) {
      validators[i] = { [v]: true }
      changed = true
    }
  }
  if (typeof schema.format === 'string' && getValidationRule(schema.format)) {
    if (!has(schema.format)) validators.push({ [schema.format]: true })
    changed = true
  }
  for (const rule of component?.rules ?? []) {
    if (!has(rule) && getValidationRule(rule)) {
      validators.push({ [rule]: true })
      changed = true
    }
  }
  if (!changed) return schema
  const patched: Json = { ...schema, 'x-validator': validators }
  if (typeof schema.format === 'string' && getValidationRule(schema.format)) delete patched.format
  return patched
}

// helpers

function isRuleObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
