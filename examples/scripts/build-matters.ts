/**
 * Builds `matters/<code>.json` (one published MatterBundle per matter) from the definitions in
 * `scripts/matters/defs/`. Files of matters no longer defined are removed.
 *
 * Run: `npm run build:matters -w @tongban/examples`.
 */
import { readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { MatterBundle } from '@tongban/schemas'
import { ALL_BUNDLES } from './matters/defs'
import { PACKAGE_DIR, writeJson } from './lib/write-json'

export function buildBundles(): MatterBundle[] {
  const codes = new Set<string>()
  for (const b of ALL_BUNDLES) {
    if (codes.has(b.matter.code)) throw new Error(`duplicate matter code ${b.matter.code}`)
    codes.add(b.matter.code)
  }
  return [...ALL_BUNDLES].sort((a, b) => a.matter.code.localeCompare(b.matter.code))
}

if (require.main === module) {
  const bundles = buildBundles()
  const keep = new Set(bundles.map((b) => `${b.matter.code}.json`))
  const dir = join(PACKAGE_DIR, 'matters')
  for (const f of readdirSync(dir)) if (f.endsWith('.json') && !keep.has(f)) unlinkSync(join(dir, f))
  for (const b of bundles) writeJson(`matters/${b.matter.code}.json`, b)
  console.log(`wrote ${bundles.length} bundles to ${dir}`)
}
