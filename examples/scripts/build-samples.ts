/**
 * Builds `data/samples.jsonl` (one submission per line): example submissions of every matter with the applicant block filled
 * from the directory, as the runtime would (see `scripts/samples/samples.ts`).
 *
 * Run: `npm run build:samples -w @tongban/examples` (after the directory).
 */
import type { MatterBundle } from '@tongban/schemas'
import type { ExampleSubmission } from '../src/samples'
import { loadBundles, loadDirectory } from '../src/load'
import { SAMPLES } from './samples/samples'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_DIR } from './lib/write-json'

export function buildSamples(): ExampleSubmission[] {
  const dir = loadDirectory()
  const bundles = loadBundles()
  return SAMPLES.map((s) => {
    const bundle = bundles.find((b) => b.matter.code === s.code)
    if (!bundle) throw new Error(`${s.code} ${s.name}: unknown matter`)
    const person = dir.people.find((p) => p.username === s.applicant)
    if (!person) throw new Error(`${s.code} ${s.name}: unknown applicant ${s.applicant}`)
    const primary = person.memberships.find((m) => m.primary) ?? person.memberships[0]!
    const position = dir.positions.find((p) => p.code === primary.positionCode)?.name
    return {
      matterCode: s.code,
      name: s.name,
      applicantId: person.id,
      submittedOn: s.submittedOn,
      data: {
        applicantName: person.name,
        applicantOrg: primary.orgId,
        ...(position ? { applicantPosition: position } : {}),
        ...(person.phone ? { applicantPhone: person.phone } : {}),
        applyDate: s.submittedOn,
        ...s.data,
        ...uploads(bundle),
      },
      ...(s.chosenAssignees ? { chosenAssignees: s.chosenAssignees } : {}),
      expectedNodes: s.expectedNodes,
    }
  })
}

/**
 * One placeholder file per required material the applicant must upload (attachment ids
 * `sample-<code>-<material>`): enough for validation and the engine; a seed that serves files must
 * create attachments with these ids.
 */
function uploads(bundle: MatterBundle): Record<string, unknown> {
  const needed = bundle.matter.materials.filter((m) => m.required && !m.systemSupplied)
  if (needed.length === 0) return {}
  return {
    materials: needed.map((m) => ({
      materialId: m.id,
      attachmentId: `sample-${bundle.matter.code.toLowerCase()}-${m.id}`,
      name: `${m.name}.pdf`,
      size: 245760,
    })),
  }
}

if (require.main === module) {
  const samples = buildSamples()
  // JSON Lines, not .json: `npx tongban check` reads every .json file as a contract document.
  const file = join(PACKAGE_DIR, 'data', 'samples.jsonl')
  writeFileSync(file, samples.map((s) => JSON.stringify(s)).join('\n') + '\n', 'utf8')
  console.log(`wrote ${file}: ${samples.length} samples`)
}
