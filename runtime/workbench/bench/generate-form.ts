import type { FormDocument } from '@tongban/schemas'

/**
 * A 200-field form with 20 linkage rules: every 10th field is a switch (Radio yes/no) that shows
 * and requires the next field. Mixed components, every third field required, patterns on inputs.
 */
export function generateForm(fields = 200, rules = 20): FormDocument {
  const properties: Record<string, unknown> = {}
  const every = Math.floor(fields / rules)
  for (let i = 0; i < fields; i++) {
    const name = `f${i}`
    const isSwitch = i % every === 0
    const isTarget = i % every === 1
    if (isSwitch) {
      properties[name] = {
        type: 'string',
        title: `开关 ${i}`,
        'x-decorator': 'FormItem',
        'x-component': 'Radio.Group',
        enum: [
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ],
        default: 'no',
      }
      continue
    }
    const kind = i % 4
    const base: Record<string, unknown> = {
      title: `字段 ${i}`,
      'x-decorator': 'FormItem',
      required: i % 3 === 0,
    }
    if (kind === 0) Object.assign(base, { type: 'string', 'x-component': 'Input', pattern: '^[^<>]*$' })
    if (kind === 1)
      Object.assign(base, { type: 'number', 'x-component': 'NumberPicker', minimum: 0, maximum: 1000 })
    if (kind === 2)
      Object.assign(base, {
        type: 'string',
        'x-component': 'Select',
        enum: [
          { value: 'a', label: '甲' },
          { value: 'b', label: '乙' },
        ],
      })
    if (kind === 3) Object.assign(base, { type: 'string', 'x-component': 'Input.TextArea', maxLength: 200 })
    if (isTarget) {
      const dep = `f${i - 1}`
      base['x-reactions'] = {
        dependencies: [dep],
        when: `{{ ${dep} === 'yes' }}`,
        fulfill: { state: { visible: true, required: true } },
        otherwise: { state: { visible: false, required: false } },
      }
    }
    properties[name] = base
  }
  return { schema: { type: 'object', properties } } as unknown as FormDocument
}

/** Values that satisfy the form (switches off, required fields filled). */
export function validValues(fields = 200, rules = 20): Record<string, unknown> {
  const every = Math.floor(fields / rules)
  const out: Record<string, unknown> = {}
  for (let i = 0; i < fields; i++) {
    if (i % every === 0) out[`f${i}`] = 'no'
    else if (i % every === 1) continue
    else if (i % 4 === 1) out[`f${i}`] = i
    else if (i % 4 === 2) out[`f${i}`] = 'a'
    else out[`f${i}`] = `值${i}`
  }
  return out
}
