import type { Language } from './args'
import type { FileReport } from './check-documents'

export interface Summary {
  readonly files: number
  readonly invalidFiles: number
  readonly errors: number
  readonly warnings: number
}

export function summarise(reports: readonly FileReport[]): Summary {
  const all = reports.flatMap((r) => r.issues)
  return {
    files: reports.length,
    invalidFiles: reports.filter((r) => r.issues.some((i) => i.severity === 'error')).length,
    errors: all.filter((i) => i.severity === 'error').length,
    warnings: all.filter((i) => i.severity === 'warning').length,
  }
}

/** One line per issue, `file:path  code  message`, then a summary line. */
export function formatText(reports: readonly FileReport[], lang: Language): string {
  const lines: string[] = []
  for (const report of reports) {
    for (const i of report.issues) {
      const message = lang === 'en' ? i.messageEn : i.message
      const mark = i.severity === 'warning' ? (lang === 'en' ? 'warning ' : '警告 ') : ''
      lines.push(`${report.file}:${i.path || '/'}  ${i.code}  ${mark}${message}`)
    }
  }
  const s = summarise(reports)
  lines.push(
    lang === 'en'
      ? `${s.files} file(s) checked: ${s.errors} error(s), ${s.warnings} warning(s)${s.invalidFiles ? `, ${s.invalidFiles} invalid file(s)` : ''}`
      : `已检查 ${s.files} 个文件：${s.errors} 个错误，${s.warnings} 个警告${s.invalidFiles ? `，${s.invalidFiles} 个文件无效` : ''}`,
  )
  return lines.join('\n') + '\n'
}

/** Machine output: every report with its issues (both languages), and the summary. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({ files: reports, summary: summarise(reports) }, null, 2) + '\n'
}
