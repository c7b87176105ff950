import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Locale } from './messages'
import { translate, type Translate } from './translate'

interface I18n {
  locale: Locale
  setLocale(locale: Locale): void
  t: Translate
  /** Inline text for feature-local strings: `tx('保存', 'Save')`. */
  tx(zh: string, en: string): string
}

const STORAGE_KEY = 'tongban.designer.locale'
const I18nContext = createContext<I18n | null>(null)

function initialLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale)
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next)
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, [])
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      tx: (zh, en) => (locale === 'en' ? en : zh),
    }),
    [locale, setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error('useI18n outside <I18nProvider>')
  return ctx
}
