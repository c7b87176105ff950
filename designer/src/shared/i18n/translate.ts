import { MESSAGES, type Locale, type MessageKey } from './messages'

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** Look a key up in the catalogue and fill its `{placeholders}`. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const entry = MESSAGES[key]
  const text = locale === 'en' ? entry[1] : entry[0]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

/** Pick the text for the locale from a `{ 'zh-CN', en }` pair (as the schemas use). */
export function pick(locale: Locale, text: { 'zh-CN': string; en?: string }): string {
  return locale === 'en' && text.en ? text.en : text['zh-CN']
}

/** Pick the message of an Issue (or any object with `message` / `messageEn`). */
export function pickMessage(locale: Locale, m: { message: string; messageEn: string }): string {
  return locale === 'en' ? m.messageEn : m.message
}
