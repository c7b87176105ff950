import { parityFixtures } from '../parity/parity-fixtures'
import { validateSubmission } from './validate-submission'

const keys = (errors: Array<{ path: string; code: string }>) => errors.map((e) => `${e.path} ${e.code}`).sort()

describe('validateSubmission — parity fixtures', () => {
  for (const fixture of parityFixtures()) {
    test(`${fixture.name}: ${fixture.description}`, async () => {
      const result = await validateSubmission(fixture.form, fixture.data, fixture.options ?? {})
      expect(keys(result.errors)).toEqual(keys(fixture.expectedErrors))
      expect(result.ok).toBe(fixture.expectedErrors.length === 0)
      if (fixture.expectedValues) expect(result.values).toEqual(fixture.expectedValues)
    })
  }
})
