import {
  getValidateLocale,
  getValidateLanguage,
  registerValidateLocale,
  registerValidateMessageTemplateEngine,
  registerValidateRules,
  type ValidatorFunction,
} from '@formily/validator'
import { getValidationRule, listValidationRules } from '@tongban/schemas'
import {
  BUILTIN_MESSAGES,
  isRemembered,
  rememberMessage,
  renderTemplate,
  templateCode,
  type FormLanguage,
} from '../messages/catalogue'

const registered = new Set<string>()

/** Current Formily language as one of ours (Formily keeps one global language). */
export function currentLanguage(): FormLanguage {
  return String(getValidateLanguage()).toLowerCase().startsWith('en') ? 'en' : 'zh-CN'
}

/**
 * Our message catalogue as Formily locales, and a template engine that remembers every rendered
 * built-in message in both languages (so the server can answer with `message` and `messageEn`).
 */
export function registerMessages(): void {
  const zh: Record<string, string> = {}
  const en: Record<string, string> = {}
  for (const [key, pair] of Object.entries(BUILTIN_MESSAGES)) {
    zh[key] = pair['zh-CN']
    en[key] = pair.en
  }
  registerValidateLocale({ 'zh-CN': zh, en })
  registerValidateMessageTemplateEngine((message, context) => {
    const text = typeof message === 'string' ? message : String((message as { message?: string })?.message ?? '')
    const ctx = (context ?? {}) as Record<string, unknown>
    const code = templateCode(text)
    if (code) {
      const pair = BUILTIN_MESSAGES[code]!
      rememberMessage({ code, 'zh-CN': renderTemplate(pair['zh-CN'], ctx), en: renderTemplate(pair.en, ctx) })
    } else if (!isRemembered(text)) {
      // A designer's own message: the rule it belongs to is the one rule named in its description.
      const rendered = renderTemplate(text, ctx)
      rememberMessage({ code: inferRuleCode(ctx), 'zh-CN': rendered, en: rendered })
    }
    return text
  })
}

/**
 * Register every rule of the shared registry (`@tongban/schemas` validation-rules) into Formily.
 * Called again by {@link setupFormRuntime} so rules registered later (custom widgets) are picked up.
 */
export function syncValidationRules(): void {
  const rules: Record<string, ValidatorFunction> = {}
  for (const name of listValidationRules()) {
    if (registered.has(name)) continue
    registered.add(name)
    rules[name] = (value, rule) => {
      const shared = getValidationRule(name)
      const result = shared ? shared(value) : null
      if (!result) return ''
      rememberMessage({ code: name, 'zh-CN': result['zh-CN'], en: result.en })
      // A designer's own message wins over the rule's default (Formily fills `message` from the locale otherwise).
      const custom = typeof rule.message === 'string' && rule.message !== getValidateLocale(name) ? rule.message : undefined
      if (custom) {
        rememberMessage({ code: name, 'zh-CN': custom, en: custom })
        return custom
      }
      return result[currentLanguage()]
    }
  }
  if (Object.keys(rules).length > 0) registerValidateRules(rules)
}

// helpers

const NOT_RULES = new Set(['message', 'triggerType', 'value', 'field', 'form', 'validator'])

function inferRuleCode(context: Record<string, unknown>): string {
  if (typeof context.format === 'string') return context.format
  const names = Object.keys(context).filter(
    (k) => !NOT_RULES.has(k) && (k in BUILTIN_MESSAGES || listValidationRules().includes(k) || k === 'required'),
  )
  return names.length === 1 ? names[0]! : 'invalid'
}
