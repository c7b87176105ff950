import {
  createForm,
  isField,
  onFieldInputValueChange,
  onFieldMount,
  onFormMount,
  onFormValuesChange,
  type Field,
  type Form,
} from '@formily/core'
import { toJS } from '@formily/reactive'
import { isEqual } from '@formily/shared'
import { applyFieldAccess, missingMaterials, type FieldAccessMap } from '@tongban/form-core'
import type { FieldPermissions, FormDocument, Material } from '@tongban/schemas'
import { useEffect, useMemo, useRef } from 'react'
import { translate, type RendererLanguage } from '../i18n/messages'
import { cleanValues } from './clean-values'
import { applyMissingDefaults } from './schema-defaults'
import { clearFieldServerErrors } from './server-errors'

export type FormRendererMode = 'edit' | 'read' | 'task'

interface Options {
  document: FormDocument
  mode: FormRendererMode
  fieldAccess: FieldPermissions | FieldAccessMap | undefined
  value: Record<string, unknown> | undefined
  onChange: ((values: Record<string, unknown>) => void) | undefined
  materials: readonly Material[] | undefined
  lang: RendererLanguage
}

/**
 * The Formily form behind a `<FormRenderer>` and the schema it renders (task mode: the node's
 * field access applied). A new form is made when the document, the mode or the access changes;
 * `value` changes from outside are applied to it, and every change goes out through `onChange`.
 */
export function useRendererForm(options: Options): { form: Form; schema: FormDocument['schema'] } {
  const onChange = useRef(options.onChange)
  onChange.current = options.onChange
  const live = useRef({ materials: options.materials, lang: options.lang })
  live.current = { materials: options.materials, lang: options.lang }

  // Apps often pass these inline: a new object with the same content must not rebuild the form.
  const document = useStable(options.document)
  const fieldAccess = useStable(options.fieldAccess)
  const schema = useMemo(() => {
    if (options.mode !== 'task') return document.schema
    // A task without permissions shows everything read-only (the node edits nothing).
    return applyFieldAccess(document, fieldAccess ?? { fields: {} }).schema
  }, [document, options.mode, fieldAccess])

  // What the embedder last passed as `value` (JSON), and what last went out through `onChange`.
  const given = useRef('')
  const emitted = useRef('')
  const form = useMemo(() => {
    given.current = JSON.stringify(options.value ?? {})
    emitted.current = ''
    return createForm({
      values: structuredCopy(options.value),
      pattern: options.mode === 'read' ? 'readPretty' : 'editable',
      effects() {
        // Formily reports a values change for every default it applies and every value a hidden
        // field drops while the fields are created (render phase): those go out once, when the
        // form mounts, instead of one deep copy of all values per field.
        let pending = false
        const emit = (f: Form) => {
          pending = false
          if (!onChange.current) return
          // ArrayTable rewrites its bookkeeping on every render: only real changes go out.
          const values = cleanValues(toJS(f.values))
          const json = JSON.stringify(values)
          if (json === emitted.current) return
          emitted.current = json
          onChange.current(values)
        }
        onFormValuesChange((f) => {
          if (f.mounted) emit(f)
          else pending = true
        })
        onFormMount((f) => {
          if (pending) emit(f)
        })
        onFieldInputValueChange('*', (field) => clearFieldServerErrors(field))
        onFieldMount('*', (field) => {
          if (isField(field) && componentName(field) === 'MaterialUpload') addMaterialsRule(field, () => live.current)
        })
      },
    })
    // The value is only the starting point here; later values arrive through the effect below.
  }, [schema, options.mode])

  // A new `value` from the embedder replaces the form's values; the schema defaults fill what it
  // leaves out. The same value again (a re-render, or onChange's values coming back) changes nothing,
  // so neither the defaults Formily applied on mount nor the user's input are overwritten.
  useEffect(() => {
    const json = JSON.stringify(options.value ?? {})
    if (json === given.current) return
    given.current = json
    if (!options.value || isEqual(options.value, cleanValues(toJS(form.values)))) return
    form.setValues(structuredCopy(options.value), 'overwrite')
    applyMissingDefaults(form)
  }, [options.value, form])

  // FormProvider mounts and unmounts the form (StrictMode-safe); no cleanup of our own here.
  return { form, schema }
}

// helpers

/** The previous value while the new one has the same JSON content. */
function useStable<T>(value: T): T {
  const last = useRef(value)
  if (last.current !== value && JSON.stringify(last.current) !== JSON.stringify(value)) last.current = value
  return last.current
}

function structuredCopy(value: Record<string, unknown> | undefined): Record<string, unknown> {
  return value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : {}
}

function componentName(field: Field): string | undefined {
  const c = field.component as unknown
  return Array.isArray(c) && typeof c[0] === 'string' ? c[0] : undefined
}

/** Required materials without a file block submission in the browser too. */
function addMaterialsRule(field: Field, current: () => { materials: readonly Material[] | undefined; lang: RendererLanguage }) {
  const existing = field.validator ? (Array.isArray(field.validator) ? field.validator : [field.validator]) : []
  field.validator = [
    ...existing,
    (value: unknown) => {
      const { materials, lang } = current()
      const missing = missingMaterials(materials ?? [], value)
      return missing.length ? translate(lang, 'materials.missing', { names: missing.map((m) => m.name).join('、') }) : ''
    },
  ] as Field['validator']
}
