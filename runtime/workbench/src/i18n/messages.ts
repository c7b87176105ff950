import { en } from './messages-en'
import { zhCN } from './messages-zh'

// The catalogues live one per language (messages-zh.ts, messages-en.ts); this is their lookup.
export { en, zhCN }
export type { MessageKey } from './messages-zh'

export type Language = 'zh-CN' | 'en'

/** Look a key up and fill `{name}` placeholders. Unknown keys come back as the key. */
export function translate(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const table = (lang === 'en' ? en : zhCN) as Record<string, string>
  const text = table[key] ?? (zhCN as Record<string, string>)[key] ?? key
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
}
