import { BUNDLE_CHECKS } from './bundle'
import { CALENDAR_CHECKS } from './calendar'
import { DIRECTORY_CHECKS } from './directory'
import { FLOW_CHECKS } from './flow'
import { FORM_CHECKS } from './form'
import { MATTER_CHECKS } from './matter'

export type CheckedDocument = 'directory' | 'calendar' | 'matter' | 'form' | 'flow' | 'bundle'

export interface CheckDescription {
  readonly document: CheckedDocument
  readonly code: string
  readonly title: { readonly 'zh-CN': string; readonly en: string }
}

/**
 * Every semantic check by document type, with its issue code and title: for the designer's rule
 * list and for documentation. (Schema errors have codes `schema.<ajv keyword>`.)
 */
export const CHECK_CATALOGUE: readonly CheckDescription[] = (
  [
    ['directory', DIRECTORY_CHECKS],
    ['calendar', CALENDAR_CHECKS],
    ['matter', MATTER_CHECKS],
    ['form', FORM_CHECKS],
    ['flow', FLOW_CHECKS],
    ['bundle', BUNDLE_CHECKS],
  ] as const
).flatMap(([document, checks]) => checks.map(({ code, title }) => ({ document, code, title })))
