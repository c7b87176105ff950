import type { MountedNode } from '../mount/mount-form'
import { checkMessage, type FormLanguage } from '../messages/catalogue'
import { isPlainObject } from './paths'
import { toFormError } from './to-form-error'
import type { FormError } from './types'

/**
 * What Formily's validator does not check: the JSON type of each value against `type`, and that
 * a choice is one of the field's options (`enum`, or the options a reaction set). Only displayed
 * fields are checked; empty values are left to `required`.
 */
export function structuralErrors(nodes: readonly MountedNode[], lang: FormLanguage, errors: FormError[] = []): FormError[] {
  for (const n of nodes) {
    if (n.field.display !== 'visible') continue
    if (n.kind === 'void' || n.kind === 'object') {
      if (n.kind === 'object') checkValue(n, errors, lang)
      structuralErrors(n.children, lang, errors)
      continue
    }
    const typeOk = checkValue(n, errors, lang)
    if (typeOk) checkOptions(n, errors, lang)
    if (n.kind === 'array') {
      structuralErrors(n.children, lang, errors)
      for (const row of n.rows ?? []) structuralErrors(row, lang, errors)
    }
  }
  return errors
}

// helpers

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'number'],
  integer: ['整数', 'whole number'],
  boolean: ['是/否', 'yes/no'],
  object: ['对象', 'object'],
  array: ['列表', 'list'],
}

function checkValue(n: MountedNode, errors: FormError[], lang: FormLanguage): boolean {
  const type = n.schema.type as string | undefined
  const value = (n.field as { value?: unknown }).value
  if (!type || isEmpty(value) || hasType(value, type)) return true
  const [zh, en] = TYPE_NAMES[type] ?? [type, type]
  errors.push(toFormError(path(n), checkMessage('type-mismatch', { expected: zh, expectedEn: en }), lang, n.field.title))
  return false
}

function checkOptions(n: MountedNode, errors: FormError[], lang: FormLanguage): void {
  const source = (n.field as { dataSource?: unknown }).dataSource
  if (!Array.isArray(source) || source.length === 0) return
  const allowed = source.map((o) => (isPlainObject(o) && 'value' in o ? o.value : o))
  const value = (n.field as { value?: unknown }).value
  if (isEmpty(value)) return
  const values = Array.isArray(value) ? value : [value]
  if (values.every((v) => allowed.some((a) => a === v))) return
  errors.push(toFormError(path(n), checkMessage('not-in-enum'), lang, n.field.title))
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'object':
      return isPlainObject(value)
    case 'array':
      return Array.isArray(value)
    default:
      return true
  }
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === ''
}

function path(n: MountedNode): string {
  return String(n.field.path)
}
