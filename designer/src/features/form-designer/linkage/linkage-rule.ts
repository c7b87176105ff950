import type { FormNode, Reaction } from '@tongban/schemas'

/** "When `field` `op` `value`, `action` this field" — the builder's model of one reaction. */
export interface LinkageRule {
  field: string
  op: '==' | '!=' | '>' | '<'
  value: string | number | boolean
  action: 'show' | 'require' | 'set'
  /** For `set`: the value to set. */
  setTo?: string | number | boolean
}

const literal = (v: LinkageRule['value']) => (typeof v === 'string' ? JSON.stringify(v) : String(v))

/** The condition as a safe expression over the dependency (`$deps[0]`). */
export function ruleExpression(rule: LinkageRule): string {
  return `$deps[0] ${rule.op} ${literal(rule.value)}`
}

/** The declarative `x-reactions` entry a rule writes (no code: expressions only). */
export function toReaction(rule: LinkageRule): Reaction {
  const when = `{{${ruleExpression(rule)}}}`
  switch (rule.action) {
    case 'show':
      return { dependencies: [rule.field], fulfill: { state: { visible: when } } }
    case 'require':
      return { dependencies: [rule.field], fulfill: { state: { required: when } } }
    case 'set':
      return { dependencies: [rule.field], when, fulfill: { state: { value: rule.setTo ?? '' } } }
  }
}

/** Read a reaction back into a rule, when it is one the builder wrote. */
export function fromReaction(r: Reaction): LinkageRule | undefined {
  const field = Array.isArray(r.dependencies) ? r.dependencies[0] : undefined
  if (!field || Array.isArray(r.dependencies) === false) return undefined
  const state = r.fulfill?.state
  const expr = typeof r.when === 'string' ? r.when : typeof state?.visible === 'string' ? state.visible : typeof state?.required === 'string' ? state.required : undefined
  const m = expr && /^\{\{\$deps\[0\] (==|!=|>|<) (.+)\}\}$/.exec(expr)
  if (!m) return undefined
  const value = JSON.parse(m[2]!) as LinkageRule['value']
  const base = { field, op: m[1] as LinkageRule['op'], value }
  if (typeof r.when === 'string') return { ...base, action: 'set', setTo: state?.value as LinkageRule['setTo'] }
  return { ...base, action: state?.visible !== undefined ? 'show' : 'require' }
}

export function reactionsOf(node: FormNode): Reaction[] {
  const r = node['x-reactions']
  return r === undefined ? [] : Array.isArray(r) ? r : [r]
}
