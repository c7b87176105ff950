import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Folders never searched. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'coverage', '.turbo'])

/**
 * JSON files that are not Tongban documents, skipped when found in a folder (a file named on the
 * command line is always checked): package manifests, TypeScript configs, and the sidecars of test
 * fixtures (`*.expected.json`, `*.options.json`).
 */
const SKIPPED_FILE = /^(package(-lock)?\.json|tsconfig(\..+)?\.json|.+\.expected\.json|.+\.options\.json)$/

/** The files to check, in a stable order; throws for a path that does not exist. */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = []
  for (const path of paths) {
    if (statSync(path).isDirectory()) walk(path, out)
    else out.push(path)
  }
  return out
}

// helpers

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, out)
    } else if (entry.isFile() && entry.name.endsWith('.json') && !SKIPPED_FILE.test(entry.name)) {
      out.push(path)
    }
  }
}
