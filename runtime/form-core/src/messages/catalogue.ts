/**
 * Validation messages in both languages. Formily renders one language at a time; the server must
 * answer with both (`message` + `messageEn`), so every message Formily renders is remembered with
 * its code and its other-language twin (see {@link rememberMessage}).
 */
export type FormLanguage = 'zh-CN' | 'en'

export interface BilingualMessage {
  code: string
  'zh-CN': string
  en: string
}

/** Templates for Formily's built-in rules and formats, keyed by rule name (`{{x}}` = rule option). */
export const BUILTIN_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  pattern: { 'zh-CN': '格式不正确', en: 'The value is not in the expected format' },
  invalid: { 'zh-CN': '填写的内容无效', en: 'The value is invalid' },
  required: { 'zh-CN': '此项为必填项', en: 'This field is required' },
  number: { 'zh-CN': '请输入数字', en: 'Enter a number' },
  integer: { 'zh-CN': '请输入整数', en: 'Enter a whole number' },
  url: { 'zh-CN': '请输入有效的网址', en: 'Enter a valid URL' },
  email: { 'zh-CN': '请输入有效的电子邮箱', en: 'Enter a valid email address' },
  ipv6: { 'zh-CN': '请输入有效的 IPv6 地址', en: 'Enter a valid IPv6 address' },
  ipv4: { 'zh-CN': '请输入有效的 IPv4 地址', en: 'Enter a valid IPv4 address' },
  idcard: { 'zh-CN': '请输入有效的18位身份证号码', en: 'Enter a valid 18-digit ID card number' },
  qq: { 'zh-CN': '请输入有效的QQ号', en: 'Enter a valid QQ number' },
  phone: { 'zh-CN': '请输入有效的11位手机号码', en: 'Enter a valid 11-digit mobile number' },
  money: { 'zh-CN': '请输入有效的金额', en: 'Enter a valid amount of money' },
  zh: { 'zh-CN': '请输入中文', en: 'Enter Chinese characters' },
  date: { 'zh-CN': '请输入有效的日期', en: 'Enter a valid date' },
  zip: { 'zh-CN': '请输入有效的邮政编码', en: 'Enter a valid postal code' },
  len: { 'zh-CN': '长度或条目数必须为{{len}}', en: 'The length or number of entries must be {{len}}' },
  min: { 'zh-CN': '长度或条目数不能小于{{min}}', en: 'The length or number of entries must be at least {{min}}' },
  minLength: { 'zh-CN': '长度不能小于{{minLength}}', en: 'The length must be at least {{minLength}}' },
  minItems: { 'zh-CN': '条目数不能少于{{minItems}}', en: 'At least {{minItems}} entries are needed' },
  max: { 'zh-CN': '长度或条目数不能大于{{max}}', en: 'The length or number of entries must be at most {{max}}' },
  maxLength: { 'zh-CN': '长度不能大于{{maxLength}}', en: 'The length must be at most {{maxLength}}' },
  maxItems: { 'zh-CN': '条目数不能多于{{maxItems}}', en: 'At most {{maxItems}} entries are allowed' },
  maximum: { 'zh-CN': '数值不能大于{{maximum}}', en: 'The value cannot be greater than {{maximum}}' },
  exclusiveMaximum: { 'zh-CN': '数值必须小于{{exclusiveMaximum}}', en: 'The value must be less than {{exclusiveMaximum}}' },
  minimum: { 'zh-CN': '数值不能小于{{minimum}}', en: 'The value cannot be less than {{minimum}}' },
  exclusiveMinimum: { 'zh-CN': '数值必须大于{{exclusiveMinimum}}', en: 'The value must be greater than {{exclusiveMinimum}}' },
  whitespace: { 'zh-CN': '不能只填空白字符', en: 'The value cannot be blank' },
  enum: { 'zh-CN': '只能是{{enum}}其中之一', en: 'The value must be one of {{enum}}' },
  const: { 'zh-CN': '必须等于{{const}}', en: 'The value must be {{const}}' },
  multipleOf: { 'zh-CN': '必须是{{multipleOf}}的整数倍', en: 'The value must be a multiple of {{multipleOf}}' },
  maxProperties: { 'zh-CN': '属性数量不能多于{{maxProperties}}', en: 'At most {{maxProperties}} properties are allowed' },
  minProperties: { 'zh-CN': '属性数量不能少于{{minProperties}}', en: 'At least {{minProperties}} properties are needed' },
  uniqueItems: { 'zh-CN': '条目不能重复', en: 'Entries must be unique' },
}

/** Messages of our own checks (not Formily rules). */
export const CHECK_MESSAGES = {
  'unknown-field': { 'zh-CN': '表单中没有这个字段', en: 'The form has no such field' },
  'field-not-editable': { 'zh-CN': '当前环节不能修改此项', en: 'This field cannot be changed at this step' },
  'type-mismatch': { 'zh-CN': '填写的值类型不对，应为{{expected}}', en: 'The value has the wrong type; expected {{expectedEn}}' },
  'not-in-enum': { 'zh-CN': '只能从给定的选项中选择', en: 'Choose one of the given options' },
  'materials-missing': { 'zh-CN': '缺少必需材料：{{names}}', en: 'Required materials missing: {{names}}' },
  'not-an-object': { 'zh-CN': '提交的数据必须是一个对象', en: 'The submitted data must be an object' },
  'expression-error': { 'zh-CN': '表单规则计算出错：{{detail}}', en: 'A form rule failed: {{detailEn}}' },
} as const

const MAX_REMEMBERED = 5000
const remembered = new Map<string, BilingualMessage>()
const templateIndex = new Map<string, string>()
for (const [code, pair] of Object.entries(BUILTIN_MESSAGES)) {
  templateIndex.set(pair['zh-CN'], code)
  templateIndex.set(pair.en, code)
}

/** Remember a rendered message so a later lookup of either language finds both. */
export function rememberMessage(message: BilingualMessage): void {
  // The set of distinct messages is small (templates × rule options), but bound it anyway.
  if (remembered.size > MAX_REMEMBERED) remembered.clear()
  remembered.set(message['zh-CN'], message)
  remembered.set(message.en, message)
}

/** Whether a rendered text is already known (a shared rule remembered both languages). */
export function isRemembered(text: string): boolean {
  return remembered.has(text)
}

/** Both languages and the code of a message Formily rendered; unknown texts (a designer's own message) map to themselves. */
export function lookupMessage(text: string): BilingualMessage {
  return remembered.get(text) ?? { code: 'invalid', 'zh-CN': text, en: text }
}

/** The rule name of a built-in template, if the text is one. */
export function templateCode(template: string): string | undefined {
  return templateIndex.get(template)
}

/** `{{a.b}}` substitution, the same syntax Formily's validator uses. */
export function renderTemplate(template: string, context: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    let value: unknown = context
    for (const part of path.split('.')) value = value == null ? undefined : (value as Record<string, unknown>)[part]
    return value === undefined ? '' : String(value)
  })
}

/** A check message in both languages, with its code. */
export function checkMessage(code: keyof typeof CHECK_MESSAGES, context: Record<string, unknown> = {}): BilingualMessage {
  const pair = CHECK_MESSAGES[code]
  return { code, 'zh-CN': renderTemplate(pair['zh-CN'], context), en: renderTemplate(pair.en, context) }
}
