import { createSchemaField } from '@formily/react'
import { useEffect, useMemo, useState } from 'react'
import { FormItem } from '../autofill/bound-form-item'
import { subscribeWidgets, widgetComponents, widgetRegistryVersion } from '../registry/widget-registry'

/** A `SchemaField` over the current widget registry, rebuilt when a widget is registered later. */
export function useSchemaField() {
  const [version, setVersion] = useState(widgetRegistryVersion())
  useEffect(() => subscribeWidgets(() => setVersion(widgetRegistryVersion())), [])
  return useMemo(() => createSchemaField({ components: { ...widgetComponents(), FormItem } as Record<string, any> }), [version])
}
