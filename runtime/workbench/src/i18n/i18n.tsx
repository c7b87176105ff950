import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { translate, type Language } from './messages'

interface I18n {
  lang: Language
  setLang(lang: Language): void
  t(key: string, params?: Record<string, string | number>): string
}

const STORAGE_KEY = 'tongban.workbench.lang'
const I18nContext = createContext<I18n>({
  lang: 'zh-CN',
  setLang: () => {},
  t: (k, p) => translate('zh-CN', k, p),
})

/** zh-CN first; the choice is remembered in localStorage. */
export function I18nProvider(props: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => props.initial ?? readStoredLanguage())
  const setLang = useCallback((next: Language) => {
    setLangState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // private mode: the choice just is not remembered
    }
    document.documentElement.lang = next
  }, [])
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  )
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>
}

export const useI18n = (): I18n => useContext(I18nContext)

// helpers

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}
