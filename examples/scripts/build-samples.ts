/**
 * Builds `data/samples.jsonl` (one submission per line): example submissions of every matter with the applicant block filled
 * from the directory, as the runtime would (see `scripts/samples/samples.ts`).
 *
 * Run: `npm run build:samples -w @tongban/examples` (after the directory).
 */
import type { ExampleSubmission } from '../src/samples'
import { loadDirectory } from '../src/load'
import { SAMPLES } from './samples/samples'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_DIR } from './lib/write-json'

export function buildSamples(): ExampleSubmission[] {
  const dir = loadDirectory()
  return SAMPLES.map((s) => {
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
      },
      ...(s.chosenAssignees ? { chosenAssignees: s.chosenAssignees } : {}),
      expectedNodes: s.expectedNodes,
    }
  })
}

if (require.main === module) {
  const samples = buildSamples()
  // JSON Lines, not .json: `npx tongban check` reads every .json file as a contract document.
  const file = join(PACKAGE_DIR, 'data', 'samples.jsonl')
  writeFileSync(file, samples.map((s) => JSON.stringify(s)).join('\n') + '\n', 'utf8')
  console.log(`wrote ${file}: ${samples.length} samples`)
}
