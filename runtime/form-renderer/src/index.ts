/**
 * @tongban/form-renderer — renders Tongban forms in React (Formily + antd 5).
 *
 * `<FormRenderer>` in edit, read and task modes; our government widgets; `registerWidget` for your
 * own; auto-fill from the directory; zh-CN first, English switchable. Validation is the same
 * `@tongban/form-core` the server runs.
 */
export { FormRenderer, type FormRendererHandle, type FormRendererProps } from './form-renderer/form-renderer'
export type { FormRendererMode } from './form-renderer/use-renderer-form'
export { toFormPath, type ServerFieldError } from './form-renderer/server-errors'
export { cleanValues } from './form-renderer/clean-values'
export {
  registerWidget,
  setWidgetComponent,
  widgetComponents,
  type WidgetRegistration,
} from './registry/widget-registry'
export { registerBuiltinWidgets } from './registry/builtin-widgets'
export { Card, Text } from './registry/layout-components'
export type { DirectoryDataSource, OrganisationOption, PersonOption, UploadFile } from './context/directory'
export { RendererServicesProvider, useRendererServices, type RendererServices } from './context/renderer-services'
export { RendererLocaleProvider, useRendererLocale } from './i18n/locale-context'
export { MESSAGES, translate, type MessageKey, type RendererLanguage } from './i18n/messages'
export { useAutoFill, type AutoFill } from './autofill/use-auto-fill'
export { BoundTag, FormItem } from './autofill/bound-form-item'
export { OrgPicker, type OrgPickerProps } from './widgets/org-picker'
export { PersonPicker, type PersonPickerProps } from './widgets/person-picker'
export { RegionSelect, type RegionSelectProps, type RegionOption } from './widgets/region-select'
export { MaterialUpload, type MaterialUploadProps } from './widgets/material-upload'
export { IdCardInput, maskIdCard } from './widgets/id-card-input'
export { PhoneInput } from './widgets/phone-input'
export { OpinionBox, type OpinionBoxProps } from './widgets/opinion-box'
export { Signature, type SignatureProps } from './widgets/signature'
export { createMemoryDirectory } from './testing/memory-directory'
