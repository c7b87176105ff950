import { getComponent, type ComponentDefinition, type FormNode } from '@tongban/schemas'

/** The node a palette drop creates for a registered component. */
export function templateFor(def: ComponentDefinition): FormNode {
  const title = def.title['zh-CN']
  if (def.kind === 'layout') return layoutTemplate(def.name, title)
  if (def.kind === 'array')
    return {
      type: 'array',
      title,
      'x-decorator': 'FormItem',
      'x-component': def.name,
      items: {
        type: 'object',
        properties:
          def.name === 'ArrayTable'
            ? { col1: { type: 'void', title: '列1', 'x-component': 'ArrayTable.Column', 'x-display': 'visible', properties: { value1: { type: 'string', 'x-component': 'Input' } } } }
            : { value1: { type: 'string', title: '内容', 'x-decorator': 'FormItem', 'x-component': 'Input' } },
      },
    }
  const type = def.valueTypes?.[0] ?? 'string'
  const node: FormNode = { type, title, 'x-decorator': 'FormItem', 'x-component': def.name }
  if (def.name === 'Select' || def.name === 'Radio.Group' || def.name === 'Checkbox.Group')
    node.enum = [
      { label: '选项一', value: 'a' },
      { label: '选项二', value: 'b' },
    ]
  return node
}

function layoutTemplate(name: string, title: string): FormNode {
  const pane = (component: string, t: string): FormNode => ({ type: 'void', 'x-component': component, 'x-component-props': { tab: t, title: t, header: t }, properties: {} })
  switch (name) {
    case 'FormTab':
      return { type: 'void', 'x-component': name, properties: { tab1: pane('FormTab.TabPane', '页签一') } }
    case 'FormCollapse':
      return { type: 'void', 'x-component': name, properties: { panel1: pane('FormCollapse.CollapsePanel', '分组一') } }
    case 'FormStep':
      return { type: 'void', 'x-component': name, properties: { step1: pane('FormStep.StepPane', '第一步') } }
    case 'FormGrid':
      return { type: 'void', 'x-component': name, 'x-component-props': { maxColumns: 2 }, properties: {} }
    case 'Text':
      return { type: 'void', 'x-component': name, 'x-content': '说明文字' }
    default:
      return { type: 'void', title, 'x-component': name, 'x-component-props': { title }, properties: {} }
  }
}

/** Palette base name for a new field's key. */
export function keyBase(def: ComponentDefinition): string {
  const word = def.name.split('.').pop()!.replace(/[^A-Za-z]/g, '')
  return word.charAt(0).toLowerCase() + word.slice(1) || 'field'
}

/** Layout and array nodes take children. */
export function isContainer(node: FormNode): boolean {
  const comp = node['x-component']
  if (node.type === 'object') return true
  if (node.type !== 'void' || !comp) return false
  return getComponent(comp)?.kind === 'layout' && comp !== 'Text'
}
