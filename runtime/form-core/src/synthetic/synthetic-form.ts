import type { FormDocument, FormNode } from '@tongban/schemas'

export interface SyntheticFormOptions {
  /** Number of data fields (default 200). */
  fields?: number
  /** Number of linkage rules (default 20): each hides one field unless a switch field says "yes". */
  linkage?: number
}

/**
 * A large, realistic form for benchmarks and stress tests: text, number, choice, date, ID-card and
 * phone fields in cards of ten, every third one required, patterns on some, and `linkage` fields
 * shown only when their switch is "yes". Returns valid data for it too.
 *
 * @example
 * const { form, data } = syntheticForm({ fields: 200, linkage: 20 })
 */
export function syntheticForm(options: SyntheticFormOptions = {}): { form: FormDocument; data: Record<string, unknown> } {
  const total = options.fields ?? 200
  const linkage = Math.min(options.linkage ?? 20, Math.floor(total / 2))
  const cards: Record<string, FormNode> = {}
  const data: Record<string, unknown> = {}
  for (let i = 0; i < total; i++) {
    const card = `card${Math.floor(i / 10)}`
    const properties = (cards[card] ??= {
      type: 'void',
      'x-component': 'Card',
      'x-component-props': { title: `第${Math.floor(i / 10) + 1}部分` },
      properties: {},
    }).properties!
    const [node, value] = field(i)
    if (i % 3 === 0) node.required = true
    properties[`f${i}`] = node
    data[`f${i}`] = value
  }
  // The last `linkage` fields are switches; each shows one field near the start of the form.
  for (let k = 0; k < linkage; k++) {
    const sw = total - 1 - k
    const target = k * 2 + 1
    const card = cards[`card${Math.floor(sw / 10)}`]!.properties!
    card[`f${sw}`] = {
      type: 'string',
      title: `是否填写第${target}项`,
      enum: [
        { label: '是', value: 'yes' },
        { label: '否', value: 'no' },
      ],
      'x-decorator': 'FormItem',
      'x-component': 'Radio.Group',
    }
    data[`f${sw}`] = k % 2 === 0 ? 'yes' : 'no'
    const targetNode = cards[`card${Math.floor(target / 10)}`]!.properties![`f${target}`]!
    targetNode.required = true
    targetNode['x-reactions'] = { dependencies: [`f${sw}`], fulfill: { state: { visible: "{{ $deps[0] === 'yes' }}" } } }
  }
  return { form: { schema: { type: 'object', properties: cards } }, data }
}

// helpers

function field(i: number): [FormNode, unknown] {
  const title = `字段${i}`
  const base = { title, 'x-decorator': 'FormItem' }
  switch (i % 7) {
    case 0:
      return [{ ...base, type: 'string', 'x-component': 'Input', maxLength: 50 }, `文本${i}`]
    case 1:
      return [{ ...base, type: 'string', 'x-component': 'Input', pattern: '^[A-Z]{2}\\d{4}$' }, 'AB1234']
    case 2:
      return [{ ...base, type: 'number', 'x-component': 'NumberPicker', minimum: 0, maximum: 1000 }, i]
    case 3:
      return [
        { ...base, type: 'string', 'x-component': 'Select', enum: ['a', 'b', 'c'].map((v) => ({ label: v, value: v })) },
        'b',
      ]
    case 4:
      return [{ ...base, type: 'string', 'x-component': 'DatePicker' }, '2026-03-02']
    case 5:
      return [{ ...base, type: 'string', 'x-component': 'PhoneInput' }, '13800138000']
    default:
      return [{ ...base, type: 'string', 'x-component': 'Input.TextArea' }, `说明${i}`]
  }
}
