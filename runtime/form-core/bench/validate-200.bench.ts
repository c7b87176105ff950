/**
 * Headless validation of a 200-field form with 20 linkage rules (no timed assertions: it prints).
 * Run: `npm run bench -w @tongban/form-core`.
 */
import { setupFormRuntime, syntheticForm, validateSubmission } from '../src/index'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

test('headless validation, 200 fields / 20 linkage rules', async () => {
  setupFormRuntime()
  const { form, data } = syntheticForm({ fields: 200, linkage: 20 })
  const first = await validateSubmission(form, data)
  expect(first.ok).toBe(true)
  const times: number[] = []
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now()
    await validateSubmission(form, data)
    times.push(performance.now() - t0)
  }
  const bad = { ...data, f0: '', f1: 'nope' }
  const t0 = performance.now()
  const failing = await validateSubmission(form, bad)
  const failingMs = performance.now() - t0
  expect(failing.ok).toBe(false)
  console.log(
    `form_core_validate_200_ms=${median(times).toFixed(1)} (median of ${times.length}; min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); with errors: ${failingMs.toFixed(1)} ms, ${failing.errors.length} errors`,
  )
})
