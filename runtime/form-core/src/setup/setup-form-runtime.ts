import { Schema } from '@formily/json-schema'
import { setValidateLanguage } from '@formily/validator'
import type { FormLanguage } from '../messages/catalogue'
import { registerMessages, syncValidationRules } from './register-rules'
import { sharedRulesPatch } from './rules-patch'
import { safeFormilyCompiler } from './safe-compiler'

let installed = false

export interface FormRuntimeOptions {
  /** Language of validation messages; default `zh-CN`. */
  lang?: FormLanguage
}

/**
 * Prepare Formily for Tongban forms. Call it before rendering or validating any form: the renderer
 * and the server both do. Safe to call many times; later calls only pick up newly registered
 * validation rules and apply `lang` when given.
 *
 * - `{{ … }}` expressions run through the safe expression language (`Schema.registerCompiler`),
 *   so no `new Function` ever runs for a designer-written schema;
 * - the shared validation rules of `@tongban/schemas` become Formily rules, and widget rules apply
 *   through a schema patch;
 * - messages come from our zh-CN/en catalogue; zh-CN is the default language.
 *
 * @example
 * setupFormRuntime()                 // server start, renderer module load
 * setupFormRuntime({ lang: 'en' })   // the user switched to English
 */
export function setupFormRuntime(options: FormRuntimeOptions = {}): void {
  if (!installed) {
    installed = true
    Schema.registerCompiler(safeFormilyCompiler)
    Schema.registerPatches(sharedRulesPatch)
    registerMessages()
    setValidateLanguage(options.lang ?? 'zh-CN')
  } else if (options.lang) {
    setValidateLanguage(options.lang)
  }
  syncValidationRules()
}

/** Switch the language of validation messages (Formily keeps one global language). */
export function setFormLanguage(lang: FormLanguage): void {
  setupFormRuntime({ lang })
}
