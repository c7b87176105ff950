/**
 * Named validation rules shared by the browser and the server. A rule is a pure function of the
 * value: it returns `null` when the value is fine, else a message in both languages. The renderer
 * and the headless form core register these into Formily (`registerValidateRules`), so a custom
 * widget's rule is enforced on the server too.
 */
export interface RuleMessage {
  'zh-CN': string
  en: string
}
export type ValidationRule = (value: unknown) => RuleMessage | null

const rules = new Map<string, ValidationRule>()

export function registerValidationRule(name: string, rule: ValidationRule): void {
  rules.set(name, rule)
}

export function getValidationRule(name: string): ValidationRule | undefined {
  return rules.get(name)
}

export function listValidationRules(): string[] {
  return [...rules.keys()]
}

const empty = (v: unknown) => v === undefined || v === null || v === ''

/** 18-digit resident ID with its ISO 7064 MOD 11-2 check digit. */
export function isValidIdCard(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const checks = '10X98765432'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (weights[i] ?? 0)
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  return checks[sum % 11] === value[17]!.toUpperCase()
}

/** 统一社会信用代码 (GB 32100-2015) with its check character. */
export function isValidUscc(value: string): boolean {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return false
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += chars.indexOf(value[i]!) * (weights[i] ?? 0)
  const check = (31 - (sum % 31)) % 31
  return chars[check] === value[17]
}

const stringRule =
  (test: (s: string) => boolean, zh: string, en: string): ValidationRule =>
  (value) => {
    if (empty(value)) return null
    return typeof value === 'string' && test(value) ? null : { 'zh-CN': zh, en }
  }

registerValidationRule(
  'idcard',
  stringRule(isValidIdCard, '请输入有效的18位身份证号码', 'Enter a valid 18-digit ID card number'),
)
registerValidationRule(
  'phone',
  stringRule(
    (s) => /^1[3-9]\d{9}$/.test(s),
    '请输入有效的11位手机号码',
    'Enter a valid 11-digit mobile number',
  ),
)
registerValidationRule(
  'tel',
  stringRule(
    (s) => /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$|^1[3-9]\d{9}$/.test(s),
    '请输入有效的电话号码',
    'Enter a valid phone number',
  ),
)
registerValidationRule(
  'uscc',
  stringRule(isValidUscc, '请输入有效的统一社会信用代码', 'Enter a valid unified social credit code'),
)
registerValidationRule(
  'email',
  stringRule(
    (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
    '请输入有效的电子邮箱',
    'Enter a valid email address',
  ),
)
