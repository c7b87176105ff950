import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compiled } from '../ajv'
import { AJV_OPTIONS, CONTRACT_SCHEMAS, type ContractSchemaName } from '../contract-schemas'
import { generateContractValidators, GENERATED_FILE } from './generate'

// The contract's validators are generated at build time (Ajv standalone code) so that browsers
// validate without compiling code (no 'unsafe-eval' in the designer's Content-Security-Policy).

const NAMES = Object.keys(CONTRACT_SCHEMAS) as ContractSchemaName[]
const FIXTURES = join(__dirname, '..', '..', '__fixtures__')

/** Every fixture document of a type, valid and invalid (option and expectation files aside). */
function fixtures(name: ContractSchemaName): unknown[] {
  const docs: unknown[] = []
  for (const kind of ['valid', 'invalid']) {
    const dir = join(FIXTURES, name, kind)
    let files: string[] = []
    try {
      files = readdirSync(dir)
    } catch {
      continue
    }
    for (const f of files)
      if (f.endsWith('.json') && !f.endsWith('.expected.json') && !f.endsWith('.options.json'))
        docs.push(JSON.parse(readFileSync(join(dir, f), 'utf8')))
  }
  return docs
}

describe('precompiled contract validators', () => {
  it('the generated module is up to date with the schemas (else: npm run build:validators -w @tongban/schemas)', () => {
    const onDisk = readFileSync(join(__dirname, GENERATED_FILE), 'utf8')
    expect(onDisk === generateContractValidators()).toBe(true)
  }, 120_000)

  it('validating every contract document type compiles no code (no new Function)', () => {
    const spy = jest.spyOn(globalThis, 'Function')
    try {
      for (const name of NAMES) for (const doc of [...fixtures(name), {}, null]) compiled(CONTRACT_SCHEMAS[name])(doc)
      expect(spy).not.toHaveBeenCalled()
      // the probe works: compiling any other schema does call it
      compiled({ type: 'string', minLength: 3 } as never)
      expect(spy).toHaveBeenCalled()
    } finally {
      spy.mockRestore()
    }
  })

  it('gives the same verdict and the same errors as validators compiled at run time', () => {
    const ajv = new Ajv2020(AJV_OPTIONS)
    addFormats(ajv)
    let compared = 0
    for (const name of NAMES) {
      const runtime = ajv.compile(CONTRACT_SCHEMAS[name])
      const pre = compiled(CONTRACT_SCHEMAS[name])
      expect(pre).not.toBe(runtime)
      for (const doc of [...fixtures(name), {}, [], 'text']) {
        const a = runtime(doc)
        const b = pre(doc)
        expect(b).toBe(a)
        // parentSchema is read only for discriminator errors (the allowed tags); elsewhere the
        // bundle's differs by design (its parts are $refs to their own validators)
        const shape = (errors: typeof runtime.errors) =>
          (errors ?? []).map((e) => ({
            path: e.instancePath,
            keyword: e.keyword,
            params: e.params,
            message: e.message,
            parent: e.keyword === 'discriminator' ? JSON.stringify(e.parentSchema) : undefined,
          }))
        expect(shape(pre.errors)).toEqual(shape(runtime.errors))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(20)
  }, 120_000)
})
