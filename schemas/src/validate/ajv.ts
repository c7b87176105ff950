import Ajv2020 from 'ajv/dist/2020'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import localizeZh from 'ajv-i18n/localize/zh'
import type { TSchema, Static } from '@sinclair/typebox'
import { issue, type Issue } from '../common/issue'
import { AJV_OPTIONS, CONTRACT_SCHEMAS, schemaFingerprint, type ContractSchemaName } from './contract-schemas'
import * as generated from './precompiled/contract-validators.generated'

/**
 * The only Ajv instance in Tongban, created on first need: the contract's own schemas come
 * precompiled (see contract-schemas.ts), so only other schemas (the server's request bodies, its
 * configuration) are compiled here, once per schema object.
 */
let ajv: Ajv2020 | undefined
const cache = new WeakMap<TSchema, ValidateFunction>()

export function compiled(schema: TSchema): ValidateFunction {
  let fn = cache.get(schema)
  if (!fn) {
    fn = precompiledFor(schema) ?? compiler().compile(schema)
    cache.set(schema, fn)
  }
  return fn
}

let precompiled: ReturnType<typeof generated.createValidators> | undefined

/** The precompiled validator of a contract schema, for the exact schema it was generated from. */
function precompiledFor(schema: TSchema): ValidateFunction | undefined {
  const name = (Object.keys(CONTRACT_SCHEMAS) as ContractSchemaName[]).find(
    (n) => CONTRACT_SCHEMAS[n] === schema,
  )
  if (!name) return undefined
  if (generated.fingerprints[name] !== schemaFingerprint(schema)) {
    // Only during development: a contract schema edited without `npm run build:validators`.
    // Through globalThis: packages that compile this file build without DOM or Node typings.
    ;(globalThis as { console?: { warn(message: string): void } }).console?.warn(
      `[tongban/schemas] the precompiled validator of "${name}" is out of date: compiling it at run time (run npm run build:validators -w @tongban/schemas)`,
    )
    return undefined
  }
  precompiled ??= generated.createValidators()
  return precompiled[name] as unknown as ValidateFunction
}

function compiler(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020(AJV_OPTIONS)
    addFormats(ajv)
  }
  return ajv
}

export type Validation<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: Issue[] }

/**
 * Deepest JSON nesting accepted in any document. Real forms nest a few dozen levels; an attacker's
 * 20,000 would overflow the compiled (recursive) validators, so it is refused before they run.
 */
export const MAX_DOCUMENT_DEPTH = 128

/** Validate `value` against a contract schema; on failure, every problem with its JSON pointer. */
export function validateAgainst<S extends TSchema>(
  schema: S,
  value: unknown,
  basePath = '',
): Validation<Static<S>> {
  if (exceedsDepth(value, MAX_DOCUMENT_DEPTH)) {
    return {
      ok: false,
      issues: [
        issue(
          basePath || '/',
          'schema.too-deep',
          `文档嵌套超过 ${MAX_DOCUMENT_DEPTH} 层`,
          `The document is nested more than ${MAX_DOCUMENT_DEPTH} levels deep`,
        ),
      ],
    }
  }
  const fn = compiled(schema)
  if (fn(value)) return { ok: true, value: value as Static<S>, issues: [] }
  return { ok: false, issues: toIssues(fn.errors ?? [], basePath) }
}

function toIssues(errors: ErrorObject[], basePath: string): Issue[] {
  // Ajv reports each failed branch of a union; keep the most specific (deepest) errors per path.
  const english = errors.map((e) => ({ ...e }))
  const chinese = errors.map((e) => ({ ...e }))
  localizeZh(chinese)
  const out: Issue[] = []
  const seen = new Set<string>()
  english.forEach((e, i) => {
    const path = basePath + e.instancePath + extraSegment(e)
    const key = `${path}|${e.keyword}|${e.message}`
    if (seen.has(key)) return
    seen.add(key)
    const zh = chinese[i]?.message ?? e.message ?? ''
    out.push(issue(path || '/', `schema.${e.keyword}`, describe(zh, e), describe(e.message ?? '', e)))
  })
  return out
}

/** Missing and unknown properties are reported on the parent; point at the property itself. */
function extraSegment(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  if (e.keyword === 'required' && typeof p.missingProperty === 'string') return '/' + p.missingProperty
  if (e.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string')
    return '/' + p.additionalProperty
  if (e.keyword === 'discriminator' && typeof p.tag === 'string') return '/' + p.tag
  return ''
}

function describe(message: string, e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  if (e.keyword === 'enum' && Array.isArray(p.allowedValues))
    return `${message}: ${p.allowedValues.join(', ')}`
  if (e.keyword === 'const' && 'allowedValue' in p) return `${message}: ${JSON.stringify(p.allowedValue)}`
  if (e.keyword === 'discriminator') {
    const variants = (
      e.parentSchema as { oneOf?: Array<{ properties?: Record<string, { const?: unknown }> }> }
    )?.oneOf
    const tag = String(p.tag)
    const allowed = variants?.map((v) => v.properties?.[tag]?.const).filter((v) => v !== undefined)
    if (allowed?.length) return `${message}: ${allowed.join(', ')} (${JSON.stringify(p.tagValue)})`
  }
  return message
}

/** Iterative, so that measuring a hostile document cannot itself overflow the stack. */
function exceedsDepth(root: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth > max) return true
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return false
}
