import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DirectoryDocument, MatterBundle, WorkingCalendar } from '@tongban/schemas'

// Relative to the package, so it works from src/ (tests, tsx) and from dist/ (built) alike.
const PACKAGE_DIR = join(__dirname, '..')
export const DATA_DIR = join(PACKAGE_DIR, 'data')
export const MATTERS_DIR = join(PACKAGE_DIR, 'matters')

/** Every call parses the file again, so callers may mutate what they get. */
function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/**
 * The 云溪市 personnel and organisation directory (人员库/单位库).
 *
 * @example
 * const dir = loadDirectory()
 * const archives = dir.organisations.find((o) => o.id === 'yx-daj')
 */
export function loadDirectory(): DirectoryDocument {
  return readJson<DirectoryDocument>(join(DATA_DIR, 'directory.json'))
}

/**
 * The working-day calendar with China's public holidays and make-up working days (2025–2026).
 *
 * @example
 * loadCalendar().years['2026']?.workdays.includes('2026-02-14') // true
 */
export function loadCalendar(): WorkingCalendar {
  return readJson<WorkingCalendar>(join(DATA_DIR, 'calendar.json'))
}

/** File names of the matter bundles, sorted (`examples/matters/<code>.json`). */
export function listBundleFiles(): string[] {
  return readdirSync(MATTERS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(MATTERS_DIR, f))
}

/**
 * Every published example matter bundle, sorted by matter code.
 *
 * @example
 * const codes = loadBundles().map((b) => b.matter.code)
 */
export function loadBundles(): MatterBundle[] {
  return listBundleFiles().map((f) => readJson<MatterBundle>(f))
}

/**
 * One bundle by matter code; throws when the code is unknown.
 *
 * @example
 * const archive = loadBundle('YX-DA-001')
 */
export function loadBundle(code: string): MatterBundle {
  const found = loadBundles().find((b) => b.matter.code === code)
  if (!found) throw new Error(`未找到事项 ${code} / No example matter with code ${code}`)
  return found
}
