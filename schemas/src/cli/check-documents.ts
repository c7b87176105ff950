import { issue, type Issue } from '../common/issue'
import { validateBundle } from '../validate/validate-bundle'
import { validateCalendar } from '../validate/validate-calendar'
import { validateDirectory } from '../validate/validate-directory'
import { validateFlow } from '../validate/validate-flow'
import { validateForm } from '../validate/validate-form'
import { validateMatter } from '../validate/validate-matter'
import { detectDocumentType, type DocumentType } from './detect'

/** A file read for checking: its parsed JSON, or why it could not be parsed. */
export type LoadedFile =
  | { readonly file: string; readonly document: unknown }
  | { readonly file: string; readonly parseError: string }

export interface FileReport {
  readonly file: string
  readonly type: DocumentType | undefined
  readonly issues: readonly Issue[]
}

/**
 * Check a set of documents together. Documents inform each other: the organisation roles of a
 * directory in the run are the known roles of every bundle, and when the run holds several
 * bundles (a catalogue) their matter codes are the known targets of sub-flows. A single bundle is
 * not checked against an absent catalogue.
 */
export function checkDocuments(files: readonly LoadedFile[]): FileReport[] {
  const typed = files.map((f) => ({
    ...f,
    type: 'document' in f ? detectDocumentType(f.document) : undefined,
  }))
  const documentsOf = (type: DocumentType) =>
    typed.flatMap((f) => (f.type === type && 'document' in f ? [f.document as Record<string, unknown>] : []))
  const knownRoles = rolesOf(documentsOf('directory'))
  const bundles = documentsOf('bundle')
  const knownMatterCodes =
    bundles.length > 1
      ? matterCodesOf([...bundles.map((b) => b.matter), ...documentsOf('matter')])
      : undefined
  const options = { ...(knownRoles ? { knownRoles } : {}), ...(knownMatterCodes ? { knownMatterCodes } : {}) }

  return typed.map((f) => {
    if ('parseError' in f) {
      return {
        file: f.file,
        type: undefined,
        issues: [
          issue(
            '/',
            'file.invalid-json',
            `不是有效的 JSON：${f.parseError}`,
            `Not valid JSON: ${f.parseError}`,
          ),
        ],
      }
    }
    if (!f.type) {
      return {
        file: f.file,
        type: undefined,
        issues: [
          issue(
            '/',
            'file.unknown-document',
            '无法识别的文档：不是事项包、单位人员库、工作日历、事项、表单或流程',
            'Unknown document: not a bundle, directory, calendar, matter, form or flow',
          ),
        ],
      }
    }
    return { file: f.file, type: f.type, issues: VALIDATE[f.type](f.document, options) }
  })
}

// helpers

type Options = { knownRoles?: Set<string>; knownMatterCodes?: Set<string> }

const VALIDATE: Record<DocumentType, (document: unknown, options: Options) => Issue[]> = {
  bundle: (d, o) => validateBundle(d, o),
  directory: (d) => validateDirectory(d),
  calendar: (d) => validateCalendar(d),
  matter: (d) => validateMatter(d),
  form: (d) => validateForm(d),
  flow: (d, o) => validateFlow(d, o),
}

function rolesOf(directories: ReadonlyArray<Record<string, unknown>>): Set<string> | undefined {
  if (directories.length === 0) return undefined
  const roles = new Set<string>()
  for (const directory of directories) {
    if (!Array.isArray(directory.orgRoles)) continue
    for (const role of directory.orgRoles) if (typeof role?.code === 'string') roles.add(role.code)
  }
  return roles
}

function matterCodesOf(matters: readonly unknown[]): Set<string> {
  const codes = new Set<string>()
  for (const m of matters) {
    const code = (m as { code?: unknown } | null)?.code
    if (typeof code === 'string') codes.add(code)
  }
  return codes
}
