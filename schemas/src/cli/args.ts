export type Language = 'zh-CN' | 'en'

export interface CheckCommand {
  readonly command: 'check'
  readonly paths: readonly string[]
  readonly lang: Language
  readonly json: boolean
}

export type ParsedArgs =
  CheckCommand | { readonly command: 'help' } | { readonly command: 'error'; readonly message: string }

/** `tongban check <file-or-folder>… [--lang zh-CN|en] [--json]`, and `--help`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' }
  const [command, ...rest] = argv
  if (command !== 'check')
    return { command: 'error', message: `未知命令“${command}” / unknown command "${command}"` }
  const paths: string[] = []
  let lang: Language = 'zh-CN'
  let json = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === '--json') json = true
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length)
      if (value !== 'zh-CN' && value !== 'en') {
        return { command: 'error', message: `--lang 只能是 zh-CN 或 en / --lang must be zh-CN or en` }
      }
      lang = value
    } else if (arg.startsWith('-'))
      return { command: 'error', message: `未知选项“${arg}” / unknown option "${arg}"` }
    else paths.push(arg)
  }
  if (paths.length === 0)
    return { command: 'error', message: '请给出要检查的文件或文件夹 / name a file or folder to check' }
  return { command: 'check', paths, lang, json }
}

export const USAGE = `用法 / usage: tongban check <文件或文件夹 file-or-folder>… [--lang zh-CN|en] [--json]

检查事项包、单位人员库、工作日历等 JSON 文档（文件夹递归查找 *.json）。
Checks matter bundles, directories, calendars and other Tongban JSON documents (folders are searched for *.json).

  --lang en   英文信息 / messages in English (default zh-CN)
  --json      机器可读输出 / machine-readable output
退出码 / exit code: 0 全部有效 all valid · 1 有错误 errors found · 2 用法错误 usage error`
