import { StyleContext, StyleProvider } from '@ant-design/cssinjs'
import { FormLayout } from '@formily/antd-v5'
import { isField, type Form } from '@formily/core'
import { FormProvider } from '@formily/react'
import { toJS } from '@formily/reactive'
import { setFormLanguage, setupFormRuntime, type FieldAccessMap } from '@tongban/form-core'
import type { FieldPermissions, FormDocument, Material } from '@tongban/schemas'
import { ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { forwardRef, useContext, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import type { DirectoryDataSource, UploadFile } from '../context/directory'
import { RendererServicesProvider, useRendererServices, type RendererServices } from '../context/renderer-services'
import { RendererLocaleProvider } from '../i18n/locale-context'
import type { RendererLanguage } from '../i18n/messages'
import { registerBuiltinWidgets } from '../registry/builtin-widgets'
import { cleanValues } from './clean-values'
import { useSchemaField } from './schema-field'
import { clearServerErrors, setServerErrors, type ServerFieldError } from './server-errors'
import { rendererStyleCache } from './style-cache'
import { validateShown } from './validate-shown'
import { useRendererForm, type FormRendererMode } from './use-renderer-form'

setupFormRuntime()
registerBuiltinWidgets()

export interface FormRendererProps {
  /** The matter version's form. */
  form: FormDocument
  /** Form data: the starting values, and later replacements (e.g. after "copy from my last case"). */
  value?: Record<string, unknown>
  onChange?: (values: Record<string, unknown>) => void
  /** `edit` the applicant's form; `read` everything read-only; `task` a node's field access. */
  mode?: FormRendererMode
  /** For `task` mode: the node's field permissions (or a resolved map). Absent: all read-only. */
  fieldAccess?: FieldPermissions | FieldAccessMap
  /** Called by `submit()` with the (clean) values once the browser validation passed. */
  onSubmit?: (values: Record<string, unknown>) => void | Promise<void>
  /** Context for expressions: `$applicant`, `$node`, `$case`, `$today`… */
  scope?: Record<string, unknown>
  lang?: RendererLanguage
  layout?: 'vertical' | 'horizontal'
  directory?: DirectoryDataSource
  uploadFile?: UploadFile
  materials?: readonly Material[]
  /** Values filled in from the directory by path (from `useAutoFill`), marked "来自人员库". */
  boundValues?: Readonly<Record<string, unknown>>
  className?: string
}

export interface FormRendererHandle {
  /** The Formily form (advanced use). */
  readonly form: Form
  /** Validate what is shown; errors by path in the current language. */
  validate(): Promise<{ ok: boolean; errors: Array<{ path: string; message: string }> }>
  /** Validate, then call `onSubmit`; resolves with the clean values, rejects with the errors. */
  submit(): Promise<Record<string, unknown>>
  /** The values as plain data, without widget bookkeeping (see `cleanValues`). */
  getValues(): Record<string, unknown>
  /**
   * Show server validation errors on their fields. Paths may be JSON pointers into the request body
   * (`/data/records/0/archiveNo`, as the server sends them) or form paths. Returns the errors shown
   * on no field (unknown or hidden fields, whole-form errors) for a banner.
   */
  setServerErrors(errors: readonly ServerFieldError[]): ServerFieldError[]
  clearServerErrors(): void
}

/**
 * Renders a Tongban form with Formily and antd 5: built-in components plus our widgets (and any
 * registered with `registerWidget`), safe expressions, shared rules, zh-CN or English.
 *
 * @example
 * const ref = useRef<FormRendererHandle>(null)
 * <FormRenderer ref={ref} form={bundle.form} value={draft} onChange={setDraft} mode="edit"
 *   directory={directory} uploadFile={upload} materials={matter.materials} />
 * const res = await api.submit(await ref.current!.submit())
 * if (res.status === 422) ref.current!.setServerErrors(res.body.errors)
 */
export const FormRenderer = forwardRef<FormRendererHandle, FormRendererProps>(function FormRenderer(props, ref) {
  const lang = props.lang ?? 'zh-CN'
  useMemo(() => {
    setFormLanguage(lang)
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn')
  }, [lang])
  const inherited = useRendererServices()
  const services = useMemo<RendererServices>(
    () => ({
      ...inherited,
      ...(props.directory ? { directory: props.directory } : {}),
      ...(props.uploadFile ? { uploadFile: props.uploadFile } : {}),
      ...(props.materials ? { materials: props.materials } : {}),
      ...(props.boundValues ? { boundValues: props.boundValues } : {}),
    }),
    [inherited, props.directory, props.uploadFile, props.materials, props.boundValues],
  )
  const { form, schema } = useRendererForm({
    document: props.form,
    mode: props.mode ?? 'edit',
    fieldAccess: props.fieldAccess,
    value: props.value,
    onChange: props.onChange,
    materials: services.materials,
    lang,
  })
  const SchemaField = useSchemaField()
  const styleCache = rendererStyleCache(useContext(StyleContext).container)

  // Messages already shown are re-rendered in the new language.
  const shownLang = useRef(lang)
  useEffect(() => {
    if (shownLang.current === lang) return
    shownLang.current = lang
    form.query('*').forEach((f) => {
      if (isField(f) && f.selfErrors.length > 0) void f.validate().catch(() => undefined)
    })
  }, [lang, form])

  useImperativeHandle(
    ref,
    () => ({
      form,
      async validate() {
        try {
          await validateShown(form)
        } catch {
          // the errors are read below
        }
        const errors = form.errors.map((e) => ({ path: String(e.path), message: (e.messages ?? []).join('；') }))
        return { ok: errors.length === 0, errors }
      },
      async submit() {
        return form.submit(async (values: Record<string, unknown>) => {
          const plain = cleanValues(toJS(values))
          await props.onSubmit?.(plain)
          return plain
        })
      },
      getValues: () => cleanValues(toJS(form.values)),
      setServerErrors: (errors) => setServerErrors(form, errors, lang),
      clearServerErrors: () => clearServerErrors(form),
    }),
    [form, lang, props.onSubmit],
  )

  return (
    <StyleProvider cache={styleCache}>
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN}>
      <RendererLocaleProvider value={lang}>
        <RendererServicesProvider value={services}>
          <FormProvider form={form}>
            <div className={['tongban-form', props.className].filter(Boolean).join(' ')}>
              <FormLayout layout={props.layout ?? 'vertical'}>
                <SchemaField schema={schema as object} scope={props.scope} />
              </FormLayout>
            </div>
          </FormProvider>
        </RendererServicesProvider>
      </RendererLocaleProvider>
    </ConfigProvider>
    </StyleProvider>
  )
})
