/**
 * Small constructors for Formily form nodes, so every example form looks the same: Cards holding a
 * two-column FormGrid, FormItem decorators, validators and declarative linkage. Only components from
 * the schemas' component registry are used.
 */
import type { DirectoryBinding, FormNode, ReactionState } from '@tongban/schemas'

type Props = Record<string, FormNode>
type Option = { label: string; value: string | number | boolean }

export interface FieldOptions {
  required?: boolean
  description?: string
  placeholder?: string
  binding?: DirectoryBinding
  /** Read-only display (bound values the applicant should not retype). */
  readOnly?: boolean
  default?: unknown
  validator?: FormNode['x-validator']
  reactions?: FormNode['x-reactions']
  sensitive?: boolean
  props?: Record<string, unknown>
  /** Grid column span (1 or 2). */
  span?: number
}

const opts = (values: Array<[string | number | boolean, string]>): Option[] => values.map(([value, label]) => ({ value, label }))

function field(type: FormNode['type'], component: string, title: string, o: FieldOptions = {}): FormNode {
  const node: FormNode = { type, title, 'x-decorator': 'FormItem', 'x-component': component }
  if (o.required) node.required = true
  if (o.description) node.description = o.description
  if (o.default !== undefined) node.default = o.default
  const props = { ...(o.placeholder ? { placeholder: o.placeholder } : {}), ...o.props }
  if (Object.keys(props).length) node['x-component-props'] = props
  if (o.span && o.span > 1) node['x-decorator-props'] = { gridSpan: o.span }
  if (o.readOnly) node['x-pattern'] = 'readOnly'
  if (o.validator) node['x-validator'] = o.validator
  if (o.reactions) node['x-reactions'] = o.reactions
  if (o.binding || o.sensitive) {
    node['x-tongban'] = { ...(o.binding ? { binding: o.binding } : {}), ...(o.sensitive ? { sensitive: true } : {}) }
  }
  return node
}

export const text = (title: string, o: FieldOptions & { maxLength?: number } = {}) => {
  const node = field('string', 'Input', title, o)
  if (o.maxLength) node.maxLength = o.maxLength
  return node
}
export const textarea = (title: string, o: FieldOptions & { maxLength?: number } = {}) => {
  const node = field('string', 'Input.TextArea', title, { ...o, span: o.span ?? 2, props: { rows: 3, showCount: true, ...o.props } })
  node.maxLength = o.maxLength ?? 500
  return node
}
export const select = (title: string, values: Array<[string, string]>, o: FieldOptions = {}) => ({
  ...field('string', 'Select', title, o),
  enum: opts(values),
})
export const multiSelect = (title: string, values: Array<[string, string]>, o: FieldOptions = {}) => ({
  ...field('array', 'Select', title, { ...o, props: { mode: 'multiple', ...o.props } }),
  enum: opts(values),
})
export const radio = (title: string, values: Array<[string | boolean, string]>, o: FieldOptions = {}) => ({
  ...field(typeof values[0]?.[0] === 'boolean' ? 'boolean' : 'string', 'Radio.Group', title, o),
  enum: opts(values),
})
export const yesNo = (title: string, o: FieldOptions = {}) => radio(title, [[true, '是'], [false, '否']], { default: false, ...o })
export const checkboxes = (title: string, values: Array<[string, string]>, o: FieldOptions = {}) => ({
  ...field('array', 'Checkbox.Group', title, o),
  enum: opts(values),
})
export const date = (title: string, o: FieldOptions = {}) => field('string', 'DatePicker', title, { ...o, props: { format: 'YYYY-MM-DD', ...o.props } })
export const dateTime = (title: string, o: FieldOptions = {}) =>
  field('string', 'DatePicker', title, { ...o, props: { showTime: true, format: 'YYYY-MM-DD HH:mm', ...o.props } })
export const dateRange = (title: string, o: FieldOptions = {}) => field('array', 'DatePicker.RangePicker', title, o)
export const number = (title: string, o: FieldOptions & { min?: number; max?: number; unit?: string; integer?: boolean } = {}) => {
  const node = field(o.integer ? 'integer' : 'number', 'NumberPicker', title, {
    ...o,
    props: { ...(o.unit ? { addonAfter: o.unit } : {}), ...(o.min !== undefined ? { min: o.min } : {}), ...o.props },
  })
  if (o.min !== undefined) node.minimum = o.min
  if (o.max !== undefined) node.maximum = o.max
  return node
}
export const orgPicker = (title: string, o: FieldOptions & { multiple?: boolean } = {}) =>
  field(o.multiple ? 'array' : 'string', 'OrgPicker', title, { ...o, props: { ...(o.multiple ? { multiple: true } : {}), ...o.props } })
export const personPicker = (title: string, o: FieldOptions & { multiple?: boolean } = {}) =>
  field(o.multiple ? 'array' : 'string', 'PersonPicker', title, { ...o, props: { ...(o.multiple ? { multiple: true } : {}), ...o.props } })
export const phone = (title: string, o: FieldOptions = {}) => field('string', 'PhoneInput', title, { validator: 'phone', ...o })
export const idCard = (title: string, o: FieldOptions = {}) => field('string', 'IdCardInput', title, { validator: 'idcard', sensitive: true, ...o })
export const opinion = (title: string, o: FieldOptions = {}) => field('string', 'OpinionBox', title, { span: 2, ...o })
export const materialUpload = (title: string, materialIds: string[], o: FieldOptions = {}) =>
  field('array', 'MaterialUpload', title, { span: 2, ...o, props: { materialIds, ...o.props } })

/** A Card holding a FormGrid (two columns unless told). */
export function card(title: string, properties: Props, columns = 2): FormNode {
  return {
    type: 'void',
    'x-component': 'Card',
    'x-component-props': { title },
    properties: {
      grid: { type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: columns, minColumns: 1 }, properties },
    },
  }
}

/** An ArrayTable of rows; each column holds one field (ArrayTable.Column with `x-display: visible`). */
export function arrayTable(
  title: string,
  columns: Record<string, { title: string; width?: number; field: FormNode }>,
  o: { required?: boolean; minItems?: number; maxItems?: number } = {},
): FormNode {
  const columnNodes: Props = {}
  columnNodes.index = {
    type: 'void',
    'x-component': 'ArrayTable.Column',
    'x-display': 'visible',
    'x-component-props': { title: '序号', width: 60, align: 'center' },
    properties: { idx: { type: 'void', 'x-component': 'ArrayTable.Index' } },
  }
  for (const [name, col] of Object.entries(columns)) {
    const { title: _title, ...inner } = col.field
    columnNodes[`col_${name}`] = {
      type: 'void',
      'x-component': 'ArrayTable.Column',
      'x-display': 'visible',
      'x-component-props': { title: col.title, ...(col.width ? { width: col.width } : {}) },
      properties: { [name]: inner },
    }
  }
  columnNodes.operations = {
    type: 'void',
    'x-component': 'ArrayTable.Column',
    'x-display': 'visible',
    'x-component-props': { title: '操作', width: 80, align: 'center' },
    properties: { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } },
  }
  const node: FormNode = {
    type: 'array',
    title,
    'x-decorator': 'FormItem',
    'x-decorator-props': { gridSpan: 2 },
    'x-component': 'ArrayTable',
    items: { type: 'object', properties: columnNodes },
    properties: { add: { type: 'void', title: '添加一行', 'x-component': 'ArrayTable.Addition' } },
  }
  if (o.required) node.required = true
  if (o.minItems !== undefined) node.minItems = o.minItems
  if (o.maxItems !== undefined) node.maxItems = o.maxItems
  return node
}

/** Show (and require) a field only when a condition on other fields holds. */
export function showWhen(dependencies: string[], when: string, required = true): NonNullable<FormNode['x-reactions']> {
  const on: ReactionState = { visible: true, ...(required ? { required: true } : {}) }
  const off: ReactionState = { visible: false, ...(required ? { required: false } : {}) }
  return { dependencies, when: `{{ ${when} }}`, fulfill: { state: on }, otherwise: { state: off } }
}

/**
 * A read-only field whose value a reaction computes from other fields; marked `computed`, so the
 * server strips what the browser sent and recomputes it.
 */
export function computed(node: FormNode, dependencies: string[], expression: string): FormNode {
  return {
    ...node,
    'x-pattern': 'readOnly',
    'x-reactions': { dependencies, fulfill: { state: { value: `{{ ${expression} }}` } } },
    'x-tongban': { ...node['x-tongban'], computed: true },
  }
}

/** The applicant block every matter starts with; filled from the directory (减材料). */
export function applicantCard(extra: Props = {}): FormNode {
  return card('申请人信息', {
    applicantName: text('申请人', { binding: 'applicant.name', readOnly: true, required: true }),
    applicantOrg: orgPicker('申请单位', { binding: 'applicant.orgId', readOnly: true, required: true }),
    applicantPosition: text('职务', { binding: 'applicant.position', readOnly: true }),
    applicantPhone: phone('联系电话', { binding: 'applicant.phone', required: true }),
    applyDate: date('申请日期', { binding: 'today', readOnly: true }),
    ...extra,
  })
}

/** The root object of a form. */
export function form(properties: Props): { schema: FormNode } {
  return { schema: { type: 'object', properties } }
}

/** Names of the data fields of a form (void layout nodes are transparent, array rows are not). */
export function fieldNames(node: FormNode): string[] {
  const out: string[] = []
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') out.push(...fieldNames(child))
    else out.push(name)
  }
  return out
}
