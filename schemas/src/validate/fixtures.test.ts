import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Issue } from '../common/issue'
import { validateBundle } from './validate-bundle'
import { validateCalendar } from './validate-calendar'
import { validateDirectory } from './validate-directory'
import { validateFlow } from './validate-flow'
import { validateForm } from './validate-form'
import { validateMatter } from './validate-matter'

/**
 * Every fixture in `src/__fixtures__/<type>/{valid,invalid}/`:
 * - a valid document reports no issue at all (not even a warning);
 * - an invalid `<name>.json` reports every `{path, code}` of `<name>.expected.json`, and no error
 *   with a code that file does not list (so a fixture fails for the reason it was written for).
 * `<name>.options.json` holds validation options (the form, known roles and matter codes).
 */
const ROOT = join(__dirname, '..', '__fixtures__')

const VALIDATORS: Record<string, (document: unknown, options: any) => Issue[]> = {
  directory: (d) => validateDirectory(d),
  calendar: (d) => validateCalendar(d),
  matter: (d) => validateMatter(d),
  form: (d, o) => validateForm(d, o),
  flow: (d, o) => validateFlow(d, o),
  bundle: (d, o) => validateBundle(d, o),
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
const isDocument = (f: string) =>
  f.endsWith('.json') && !f.endsWith('.expected.json') && !f.endsWith('.options.json')

function fixtures(type: string, kind: 'valid' | 'invalid') {
  const dir = join(ROOT, type, kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(isDocument)
    .map((file) => {
      const base = join(dir, file.replace(/\.json$/, ''))
      const options = existsSync(`${base}.options.json`) ? read(`${base}.options.json`) : {}
      return { name: file.replace(/\.json$/, ''), document: read(`${base}.json`), options, base }
    })
}

describe.each(Object.keys(VALIDATORS))('%s fixtures', (type) => {
  const validate = VALIDATORS[type]!

  it('has valid and invalid fixtures', () => {
    expect(fixtures(type, 'valid').length).toBeGreaterThan(0)
    expect(fixtures(type, 'invalid').length).toBeGreaterThan(0)
  })

  it.each(fixtures(type, 'valid').map((f) => [f.name, f]))('valid/%s reports nothing', (_, f) => {
    expect(validate(f.document, f.options)).toEqual([])
  })

  it.each(fixtures(type, 'invalid').map((f) => [f.name, f]))('invalid/%s reports what it expects', (_, f) => {
    const expected = read(`${f.base}.expected.json`) as Array<{ path: string; code: string }>
    expect(expected.length).toBeGreaterThan(0)
    const issues = validate(f.document, f.options)
    const reported = issues.map((i) => ({ path: i.path, code: i.code }))
    for (const e of expected) expect(reported).toContainEqual(e)
    const allowed = new Set(expected.map((e) => e.code))
    expect(
      issues.filter((i) => i.severity === 'error' && !allowed.has(i.code)).map((i) => `${i.path} ${i.code}`),
    ).toEqual([])
    for (const i of issues) {
      expect(i.message).toMatch(/[\u4e00-\u9fa5]/)
      expect(i.messageEn.length).toBeGreaterThan(0)
    }
  })
})
