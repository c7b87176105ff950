import type { FormNode } from '@tongban/schemas'

export interface StandardField {
  id: string
  key: string
  title: { 'zh-CN': string; en: string }
  node: FormNode
}

const bound = (title: string, component: string, binding: NonNullable<FormNode['x-tongban']>['binding'], id: string, extra: Partial<FormNode> = {}): FormNode => ({
  type: 'string',
  title,
  'x-decorator': 'FormItem',
  'x-component': component,
  'x-tongban': { binding, standardField: id },
  ...extra,
})

/** 标准字段库: fields reused across matters, filled from the directory where possible (减材料). */
export const STANDARD_FIELDS: readonly StandardField[] = [
  { id: 'applicant', key: 'applicant', title: { 'zh-CN': '申请人', en: 'Applicant' }, node: bound('申请人', 'Input', 'applicant.name', 'applicant', { 'x-pattern': 'readPretty' }) },
  { id: 'department', key: 'department', title: { 'zh-CN': '申请单位', en: 'Department' }, node: bound('申请单位', 'Input', 'applicant.orgName', 'department', { 'x-pattern': 'readPretty' }) },
  { id: 'phone', key: 'phone', title: { 'zh-CN': '联系电话', en: 'Phone' }, node: bound('联系电话', 'PhoneInput', 'applicant.phone', 'phone', { required: true, 'x-validator': 'phone' }) },
  { id: 'email', key: 'email', title: { 'zh-CN': '电子邮箱', en: 'Email' }, node: bound('电子邮箱', 'Input', 'applicant.email', 'email', { 'x-validator': 'email' }) },
  { id: 'position', key: 'position', title: { 'zh-CN': '职务', en: 'Position' }, node: bound('职务', 'Input', 'applicant.position', 'position') },
  { id: 'applyDate', key: 'applyDate', title: { 'zh-CN': '申请日期', en: 'Date' }, node: bound('申请日期', 'DatePicker', 'today', 'applyDate') },
  { id: 'idcard', key: 'idCard', title: { 'zh-CN': '身份证号', en: 'ID card' }, node: { type: 'string', title: '身份证号', 'x-decorator': 'FormItem', 'x-component': 'IdCardInput', 'x-validator': 'idcard', 'x-tongban': { standardField: 'idcard', sensitive: true } } },
  { id: 'reason', key: 'reason', title: { 'zh-CN': '申请事由', en: 'Reason' }, node: { type: 'string', title: '申请事由', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea', 'x-tongban': { standardField: 'reason' } } },
]
