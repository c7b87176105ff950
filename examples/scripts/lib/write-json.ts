import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The package folder (scripts run from anywhere). */
export const PACKAGE_DIR = join(__dirname, '..', '..')

/** Write `value` as stable, pretty JSON (2 spaces, trailing newline) under the package folder. */
export function writeJson(relativePath: string, value: unknown): string {
  const file = join(PACKAGE_DIR, relativePath)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n', 'utf8')
  return file
}
