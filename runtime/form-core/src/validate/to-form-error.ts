import type { BilingualMessage, FormLanguage } from '../messages/catalogue'
import type { FormError } from './types'

export function toFormError(path: string, message: BilingualMessage, lang: FormLanguage, title?: unknown): FormError {
  const error: FormError = { path, code: message.code, message: message[lang], messageEn: message.en }
  if (typeof title === 'string' && title) error.title = title
  return error
}
