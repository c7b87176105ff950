import { createForm, type Form, type GeneralField } from '@formily/core'
import { Schema } from '@formily/json-schema'
import type { FormDocument } from '@tongban/schemas'

/** A field created while mounting, with the schema it came from (rows for arrays). */
export interface MountedNode {
  key: string | number
  schema: Schema
  field: GeneralField
  kind: 'void' | 'object' | 'array' | 'leaf'
  children: MountedNode[]
  /** For arrays with object rows: each row's mounted properties (ArrayTable columns flattened). */
  rows?: MountedNode[][]
}

export interface MountedForm {
  form: Form
  nodes: MountedNode[]
  dispose(): void
}

export interface MountOptions {
  values: Record<string, unknown>
  /** Names available to expressions besides the form's own (`$applicant`, `$node`, `$today`, `$case`). */
  scope?: Record<string, unknown>
}

/**
 * Create a Formily form for a schema without React, the way `<SchemaField>` would: every node of
 * the schema becomes a field with the same reactions (`schema.toFieldProps`), array rows are
 * created from the values, and each field is mounted so `onFieldMount` effects fire.
 */
export function mountForm(document: FormDocument, options: MountOptions): MountedForm {
  const form = createForm({ values: options.values })
  const root = new Schema(document.schema as ConstructorParameters<typeof Schema>[0])
  const scope = options.scope ?? {}
  const nodes = mountProperties(form, root, undefined, scope)
  return { form, nodes, dispose: () => form.onUnmount() }
}

// helpers

function mountProperties(form: Form, schema: Schema, basePath: any, scope: Record<string, unknown>): MountedNode[] {
  return Schema.getOrderProperties(schema).map(({ schema: child, key }) => mountNode(form, child, key, basePath, scope))
}

function mountNode(form: Form, schema: Schema, name: string | number, basePath: any, scope: Record<string, unknown>): MountedNode {
  const props: any = { ...schema.toFieldProps({ scope }), name, basePath }
  let node: MountedNode
  switch (schema.type) {
    case 'void': {
      const field = form.createVoidField(props)
      node = { key: name, schema, field, kind: 'void', children: mountProperties(form, schema, field.address, scope) }
      break
    }
    case 'object': {
      const field = form.createObjectField(props)
      node = { key: name, schema, field, kind: 'object', children: mountProperties(form, schema, field.address, scope) }
      break
    }
    case 'array': {
      const field = form.createArrayField(props)
      const values: unknown[] = Array.isArray(field.value) ? field.value : []
      const rows = values.map((_, index) => mountRow(form, schema, field.address, index, scope))
      node = { key: name, schema, field, kind: 'array', children: mountProperties(form, schema, field.address, scope), rows }
      break
    }
    default: {
      const field = form.createField(props)
      node = { key: name, schema, field, kind: 'leaf', children: [] }
    }
  }
  node.field.onMount()
  return node
}

function mountRow(form: Form, array: Schema, address: any, index: number, scope: Record<string, unknown>): MountedNode[] {
  const items = (Array.isArray(array.items) ? (array.items[index] ?? array.items[array.items.length - 1]) : array.items) as
    | Schema
    | undefined
  if (!items) return []
  if (String(array['x-component'] ?? '').startsWith('ArrayTable')) {
    // ArrayTable renders each column's content at `rows.<i>.<leaf>`: the column itself is no field.
    return Schema.getOrderProperties(items).flatMap(({ schema: column }) =>
      mountProperties(form, column, address.concat(index), scope),
    )
  }
  // ArrayItems and friends: the row is an object field `rows.<i>`.
  return [mountNode(form, items, index, address, scope)]
}

export type { GeneralField }
