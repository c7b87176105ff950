import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { CHECK_CATALOGUE } from './catalogue'

describe('CHECK_CATALOGUE', () => {
  it('lists unique codes, each prefixed by its document type, with titles in both languages', () => {
    const codes = CHECK_CATALOGUE.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of CHECK_CATALOGUE) {
      expect(c.code.startsWith(`${c.document}.`)).toBe(true)
      expect(c.title['zh-CN']).toMatch(/[\u4e00-\u9fa5]/)
      expect(c.title.en.length).toBeGreaterThan(0)
    }
  })

  it('has an invalid fixture for every form and flow check', () => {
    const expectedCodes = (type: string) => {
      const dir = join(__dirname, '..', '__fixtures__', type, 'invalid')
      return new Set(
        readdirSync(dir)
          .filter((f) => f.endsWith('.expected.json'))
          .flatMap((f) => (require(join(dir, f)) as Array<{ code: string }>).map((e) => e.code)),
      )
    }
    for (const type of ['form', 'flow', 'matter', 'directory', 'calendar', 'bundle'] as const) {
      const covered = expectedCodes(type)
      const missing = CHECK_CATALOGUE.filter((c) => c.document === type && !covered.has(c.code)).map(
        (c) => c.code,
      )
      expect(missing).toEqual([])
    }
  })
})
