import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { DATA_DIR } from './load'

/**
 * An example submission of a matter: what an applicant of the directory fills in, and the flow
 * nodes the case passes when every assignee approves without changing the data (an oracle for
 * engine scenarios, flow preview and e2e tests).
 */
export interface ExampleSubmission {
  matterCode: string
  name: string
  applicantId: string
  /** Submission date (`YYYY-MM-DD`), also the value of the `applyDate` field. */
  submittedOn: string
  /** Form data, applicant block included. Organisation and person pickers hold directory ids. */
  data: Record<string, unknown>
  /** For `applicant-chosen` assignee rules: node id → the people the applicant chose. */
  chosenAssignees?: Record<string, string[]>
  /** Node ids visited (in flow order, not in time order) when everyone approves. */
  expectedNodes: string[]
}

/**
 * Example submissions, all or those of one matter.
 *
 * @example
 * const [first] = loadSamples('YX-DA-001') // 非涉密档案阅览 by 张伟
 */
export function loadSamples(matterCode?: string): ExampleSubmission[] {
  const lines = readFileSync(join(DATA_DIR, 'samples.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
  const all = lines.map((l) => JSON.parse(l) as ExampleSubmission)
  return matterCode ? all.filter((s) => s.matterCode === matterCode) : all
}
