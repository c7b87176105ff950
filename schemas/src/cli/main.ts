import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { parseArgs, USAGE } from './args'
import { checkDocuments, type LoadedFile } from './check-documents'
import { collectFiles } from './collect-files'
import { formatJson, formatText, summarise } from './format'

export interface CliIo {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
  /** Paths are printed relative to this folder (default: the process's). */
  readonly cwd?: string
}

/**
 * `tongban check <file-or-folder>…`: validate every Tongban JSON document found, print each issue
 * with its location, and return the exit code: 0 all valid (warnings allowed), 1 errors found,
 * 2 usage error.
 *
 * @example
 * const code = main(['check', 'examples/matters', '--lang', 'en'], { stdout: process.stdout, stderr: process.stderr })
 */
export function main(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv)
  if (args.command === 'help') {
    io.stdout.write(USAGE + '\n')
    return 0
  }
  if (args.command === 'error') {
    io.stderr.write(`${args.message}\n\n${USAGE}\n`)
    return 2
  }
  let files: string[]
  try {
    files = collectFiles(args.paths)
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? '路径不存在 / no such file or folder'
        : String(error)
    io.stderr.write(`${reason}: ${(error as { path?: string }).path ?? args.paths.join(' ')}\n`)
    return 2
  }
  const cwd = io.cwd ?? process.cwd()
  const reports = checkDocuments(files.map((file) => load(file, relative(cwd, file) || file)))
  io.stdout.write(args.json ? formatJson(reports) : formatText(reports, args.lang))
  return summarise(reports).invalidFiles > 0 ? 1 : 0
}

// helpers

function load(path: string, shown: string): LoadedFile {
  try {
    return { file: shown, document: JSON.parse(readFileSync(path, 'utf8')) as unknown }
  } catch (error) {
    return { file: shown, parseError: error instanceof Error ? error.message : String(error) }
  }
}
