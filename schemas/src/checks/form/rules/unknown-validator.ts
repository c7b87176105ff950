import { issue, pointerSegment } from '../../../common/issue'
import type { ValidatorDescription } from '../../../form/form.schema'
import { getValidationRule } from '../../../registry/validation-rules'
import type { FormCheck } from '../form-check'

const CODE = 'form.unknown-validator'

/** Formats Formily's validator knows by itself. */
export const FORMILY_FORMATS: readonly string[] = [
  'url',
  'email',
  'phone',
  'idcard',
  'number',
  'integer',
  'ipv4',
  'ipv6',
  'zip',
  'date',
  'money',
  'qq',
  'uri',
]

/** Keys of a validator object that are Formily's own constraints rather than rule names. */
const BUILT_IN_KEYS = new Set([
  'format',
  'pattern',
  'required',
  'min',
  'max',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'len',
  'minLength',
  'maxLength',
  'whitespace',
  'message',
  'triggerType',
])

const known = (name: string) => FORMILY_FORMATS.includes(name) || getValidationRule(name) !== undefined

/**
 * Validators name known formats and registered rules only: an unknown name would be silently
 * ignored in the browser and on the server alike, so a field the designer meant to check would not be.
 */
export const unknownValidator: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '校验规则都已注册', en: 'Validators name registered rules' },
  run({ nodes }) {
    return nodes.flatMap((v) => {
      const found: Array<{ name: string; pointer: string }> = []
      if (v.node.format !== undefined) found.push({ name: v.node.format, pointer: `${v.pointer}/format` })
      const validator = v.node['x-validator']
      if (validator !== undefined) {
        const list: ValidatorDescription[] = Array.isArray(validator) ? validator : [validator]
        list.forEach((d, i) => {
          const at = Array.isArray(validator) ? `${v.pointer}/x-validator/${i}` : `${v.pointer}/x-validator`
          found.push(...namesIn(d, at))
        })
      }
      return found
        .filter(({ name }) => !known(name))
        .map(({ name, pointer }) =>
          issue(
            pointer,
            CODE,
            `未知的校验规则或格式“${name}”`,
            `Unknown validation rule or format "${name}"`,
          ),
        )
    })
  },
}

// helpers

function namesIn(d: ValidatorDescription, pointer: string): Array<{ name: string; pointer: string }> {
  if (typeof d === 'string') return [{ name: d, pointer }]
  const out: Array<{ name: string; pointer: string }> = []
  if (typeof d.format === 'string') out.push({ name: d.format, pointer: `${pointer}/format` })
  for (const key of Object.keys(d)) {
    if (!BUILT_IN_KEYS.has(key)) out.push({ name: key, pointer: `${pointer}/${pointerSegment(key)}` })
  }
  return out
}
