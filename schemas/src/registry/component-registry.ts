/**
 * The components a form may name in `x-component` / `x-decorator`. The form checks reject any other
 * name. The renderer maps each name to a React component; developers add their own widgets with
 * {@link registerComponent} on both sides (the definition here is plain data, safe on the server).
 */
export type ComponentKind = 'field' | 'layout' | 'array' | 'decorator' | 'array-part'

export interface ComponentDefinition {
  name: string
  kind: ComponentKind
  /** JSON type(s) of the value a field component edits. */
  valueTypes?: ReadonlyArray<'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array'>
  /** Named validation rules this component always applies (see {@link registerValidationRule}). */
  rules?: readonly string[]
  title: { 'zh-CN': string; en: string }
  /** Palette group in the designer. */
  group?:
    'basic' | 'choice' | 'datetime' | 'upload' | 'directory' | 'government' | 'layout' | 'array' | 'custom'
}

const registry = new Map<string, ComponentDefinition>()

export function registerComponent(def: ComponentDefinition): void {
  registry.set(def.name, def)
}

export function getComponent(name: string): ComponentDefinition | undefined {
  return registry.get(name)
}

export function listComponents(): ComponentDefinition[] {
  return [...registry.values()]
}

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const field = (
  name: string,
  title: ComponentDefinition['title'],
  valueTypes: NonNullable<ComponentDefinition['valueTypes']>,
  group: ComponentDefinition['group'],
  rules?: string[],
): ComponentDefinition => ({ name, kind: 'field', title, valueTypes, group, ...(rules ? { rules } : {}) })

export const BUILTIN_COMPONENTS: readonly ComponentDefinition[] = [
  { name: 'FormItem', kind: 'decorator', title: t('表单项', 'Form item') },
  field('Input', t('单行文本', 'Text'), ['string'], 'basic'),
  field('Input.TextArea', t('多行文本', 'Text area'), ['string'], 'basic'),
  field('Password', t('密码', 'Password'), ['string'], 'basic'),
  field('NumberPicker', t('数字', 'Number'), ['number', 'integer'], 'basic'),
  field('Switch', t('开关', 'Switch'), ['boolean'], 'choice'),
  field('Checkbox', t('勾选', 'Checkbox'), ['boolean'], 'choice'),
  field('Checkbox.Group', t('多选', 'Checkbox group'), ['array'], 'choice'),
  field('Radio.Group', t('单选', 'Radio group'), ['string', 'number', 'boolean'], 'choice'),
  field('Select', t('下拉选择', 'Select'), ['string', 'number', 'array'], 'choice'),
  field('Cascader', t('级联选择', 'Cascader'), ['array'], 'choice'),
  field('TreeSelect', t('树选择', 'Tree select'), ['string', 'array'], 'choice'),
  field('DatePicker', t('日期', 'Date'), ['string'], 'datetime'),
  field('DatePicker.RangePicker', t('日期范围', 'Date range'), ['array'], 'datetime'),
  field('TimePicker', t('时间', 'Time'), ['string'], 'datetime'),
  field('Upload', t('上传', 'Upload'), ['array'], 'upload'),
  field('MaterialUpload', t('申请材料', 'Materials'), ['array'], 'upload'),
  field('OrgPicker', t('单位选择', 'Organisation picker'), ['string', 'array'], 'directory'),
  field('PersonPicker', t('人员选择', 'Person picker'), ['string', 'array'], 'directory'),
  field('RegionSelect', t('区划选择', 'Region select'), ['string'], 'directory'),
  field('IdCardInput', t('身份证号', 'ID card number'), ['string'], 'government', ['idcard']),
  field('PhoneInput', t('手机号码', 'Mobile phone'), ['string'], 'government', ['phone']),
  field('OpinionBox', t('意见框', 'Opinion'), ['string'], 'government'),
  field('Signature', t('签名', 'Signature'), ['string'], 'government'),
  { name: 'FormLayout', kind: 'layout', title: t('表单布局', 'Form layout'), group: 'layout' },
  { name: 'FormGrid', kind: 'layout', title: t('栅格', 'Grid'), group: 'layout' },
  { name: 'FormGrid.GridColumn', kind: 'layout', title: t('栅格列', 'Grid column'), group: 'layout' },
  { name: 'Card', kind: 'layout', title: t('卡片', 'Card'), group: 'layout' },
  { name: 'Space', kind: 'layout', title: t('间距', 'Space'), group: 'layout' },
  { name: 'FormTab', kind: 'layout', title: t('选项卡', 'Tabs'), group: 'layout' },
  { name: 'FormTab.TabPane', kind: 'layout', title: t('选项卡页', 'Tab pane'), group: 'layout' },
  { name: 'FormCollapse', kind: 'layout', title: t('折叠面板', 'Collapse'), group: 'layout' },
  {
    name: 'FormCollapse.CollapsePanel',
    kind: 'layout',
    title: t('折叠项', 'Collapse panel'),
    group: 'layout',
  },
  { name: 'FormStep', kind: 'layout', title: t('分步', 'Steps'), group: 'layout' },
  { name: 'FormStep.StepPane', kind: 'layout', title: t('步骤', 'Step'), group: 'layout' },
  { name: 'ArrayTable', kind: 'array', title: t('表格', 'Table'), valueTypes: ['array'], group: 'array' },
  { name: 'ArrayItems', kind: 'array', title: t('自增列表', 'List'), valueTypes: ['array'], group: 'array' },
  { name: 'ArrayTable.Column', kind: 'array-part', title: t('表格列', 'Column') },
  { name: 'ArrayTable.Index', kind: 'array-part', title: t('序号', 'Index') },
  { name: 'ArrayTable.Remove', kind: 'array-part', title: t('删除', 'Remove') },
  { name: 'ArrayTable.Addition', kind: 'array-part', title: t('添加', 'Add') },
  { name: 'ArrayTable.MoveUp', kind: 'array-part', title: t('上移', 'Move up') },
  { name: 'ArrayTable.MoveDown', kind: 'array-part', title: t('下移', 'Move down') },
  { name: 'ArrayItems.Item', kind: 'array-part', title: t('列表项', 'Item') },
  { name: 'ArrayItems.Index', kind: 'array-part', title: t('序号', 'Index') },
  { name: 'ArrayItems.Remove', kind: 'array-part', title: t('删除', 'Remove') },
  { name: 'ArrayItems.Addition', kind: 'array-part', title: t('添加', 'Add') },
  { name: 'Text', kind: 'layout', title: t('说明文字', 'Text'), group: 'layout' },
]

BUILTIN_COMPONENTS.forEach(registerComponent)
