import {
  ArrayItems,
  Cascader,
  Checkbox,
  DatePicker,
  FormCollapse,
  FormLayout,
  FormStep,
  FormTab,
  Input,
  NumberPicker,
  Password,
  Radio,
  Space,
  Switch,
  TimePicker,
  TreeSelect,
  Upload,
} from '@formily/antd-v5'
import { registerWidgetDefinition, type WidgetDefinition } from '@tongban/form-core'
import type { ComponentDefinition } from '@tongban/schemas'
import type { ComponentType } from 'react'
import { Card, Text } from './layout-components'
import { FormilySelect } from './select/deferred-select'
import { ArrayTable, FormGrid } from './narrow-layouts'

type AnyComponent = ComponentType<any>

/** A widget for `registerWidget`: the React component plus its definition and rules. */
export interface WidgetRegistration {
  /** The `x-component` name forms use. */
  name: string
  component: AnyComponent
  /** For the schemas registry (designer palette, form checks). `name` defaults to the widget's. */
  definition: Omit<ComponentDefinition, 'name'> & { name?: string }
  /** Named validation rules, enforced in the browser and on the server (they live in shared code). */
  rules?: WidgetDefinition['rules']
}

const components = new Map<string, AnyComponent>(
  Object.entries({
    Input,
    Password,
    NumberPicker,
    Switch,
    Checkbox,
    Radio,
    Select: FormilySelect,
    Cascader,
    TreeSelect,
    DatePicker,
    TimePicker,
    Upload,
    FormLayout,
    FormGrid,
    Space,
    FormTab,
    FormCollapse,
    FormStep,
    ArrayTable,
    ArrayItems,
    Card,
    Text,
  }),
)
let version = 0
const listeners = new Set<() => void>()

/**
 * Add a widget: rendered by every `<FormRenderer>`, listed in the schemas registry (so the designer
 * offers it and the form checks accept it), and its rules enforced by Formily here and — when the
 * server calls `registerWidgetDefinition` with the same definition — on the server.
 *
 * @example
 * registerWidget({ name: 'PostcodeInput', component: PostcodeInput, definition: postcode.definition, rules: postcode.rules })
 */
export function registerWidget(widget: WidgetRegistration): void {
  registerWidgetDefinition({
    definition: { ...widget.definition, name: widget.definition.name ?? widget.name },
    ...(widget.rules ? { rules: widget.rules } : {}),
  })
  setWidgetComponent(widget.name, widget.component)
}

/** Register or replace only the React side of a widget (its definition is already known). */
export function setWidgetComponent(name: string, component: AnyComponent): void {
  components.set(name, component)
  version++
  for (const l of listeners) l()
}

/** The `x-component` name → component map handed to Formily's `createSchemaField`. */
export function widgetComponents(): Record<string, AnyComponent> {
  return Object.fromEntries(components)
}

export function widgetRegistryVersion(): number {
  return version
}

/** Re-render forms when a widget is registered after they mounted. */
export function subscribeWidgets(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
