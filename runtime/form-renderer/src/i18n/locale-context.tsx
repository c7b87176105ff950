import { createContext, useCallback, useContext } from 'react'
import { translate, type MessageKey, type RendererLanguage } from './messages'

const LocaleContext = createContext<RendererLanguage>('zh-CN')

/** Provides the renderer's language to widgets (the `<FormRenderer lang>` prop sets it). */
export const RendererLocaleProvider = LocaleContext.Provider

/** The current language and a translator for the renderer's strings. */
export function useRendererLocale(): { lang: RendererLanguage; t: (key: MessageKey, params?: Record<string, string | number>) => string } {
  const lang = useContext(LocaleContext)
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang])
  return { lang, t }
}
