import { formatInstant, isInstant, parseInstant } from './instant'

describe('formatInstant', () => {
  it('writes the canonical UTC form', () => {
    expect(formatInstant(Date.UTC(2026, 2, 2, 1, 2, 3, 45))).toBe('2026-03-02T01:02:03.045Z')
  })

  it('rounds fractional milliseconds from working-time arithmetic to a valid ISO instant', () => {
    const text = formatInstant(Date.UTC(2025, 5, 9, 15, 47, 15, 448) + 0.5703125)
    expect(text).toBe('2025-06-09T15:47:15.449Z')
    expect(isInstant(text)).toBe(true)
    expect(parseInstant(text)).toBe(Date.UTC(2025, 5, 9, 15, 47, 15, 449))
  })
})
