export { I18nProvider, useI18n } from './i18n-context'
export { MESSAGES, type Locale, type MessageKey } from './messages'
export { translate, pick, pickMessage, type Translate } from './translate'
