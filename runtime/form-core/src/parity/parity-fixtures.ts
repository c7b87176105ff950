import type { FieldPermissions, FormDocument } from '@tongban/schemas'
import arrayRows from '../__fixtures__/parity/array-rows.json'
import computedRecomputed from '../__fixtures__/parity/computed-recomputed.json'
import fieldAccessOpinionOnly from '../__fixtures__/parity/field-access-opinion-only.json'
import fieldAccessRejectsEdits from '../__fixtures__/parity/field-access-rejects-edits.json'
import formatsAndRules from '../__fixtures__/parity/formats-and-rules.json'
import hiddenValuesDropped from '../__fixtures__/parity/hidden-values-dropped.json'
import notAnObject from '../__fixtures__/parity/not-an-object.json'
import typesAndOptions from '../__fixtures__/parity/types-and-options.json'
import unknownFields from '../__fixtures__/parity/unknown-fields.json'
import validPersonal from '../__fixtures__/parity/valid-personal.json'
import visibleRequiredBlocks from '../__fixtures__/parity/visible-required-blocks.json'

/**
 * One parity case: the browser (renderer), the headless core and the server must all reach the
 * same verdict on `data` — the same error paths and codes (order does not matter).
 */
export interface ParityFixture {
  name: string
  description: string
  form: FormDocument
  data: unknown
  options?: { fieldAccess?: FieldPermissions; previousData?: Record<string, unknown> }
  expectedErrors: Array<{ path: string; code: string }>
  /** The sanitised values, when the case is about them. */
  expectedValues?: Record<string, unknown>
}

const ALL = [
  validPersonal,
  hiddenValuesDropped,
  visibleRequiredBlocks,
  formatsAndRules,
  typesAndOptions,
  unknownFields,
  computedRecomputed,
  arrayRows,
  fieldAccessRejectsEdits,
  fieldAccessOpinionOnly,
  notAnObject,
] as unknown as ParityFixture[]

/**
 * The parity fixtures (fresh copies), for the form-core tests, the server's API tests and the
 * browser tests.
 *
 * @example
 * for (const f of parityFixtures()) {
 *   const res = await request.post('/api/cases').send({ matterId, data: f.data })
 *   expect(errorKeys(res.body.errors)).toEqual(errorKeys(f.expectedErrors))
 * }
 */
export function parityFixtures(): ParityFixture[] {
  return JSON.parse(JSON.stringify(ALL)) as ParityFixture[]
}
