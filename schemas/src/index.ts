/**
 * @tongban/schemas — the contract every other package imports.
 *
 * Each document type has a TypeBox definition (one source for its JSON Schema and its TypeScript
 * type) and a validator that reports {@link Issue}s with JSON pointers and zh-CN/en messages.
 */
export * from './common'
export * from './directory/directory.schema'
export * from './calendar/calendar.schema'
export * from './matter/matter.schema'
export * from './form/form.schema'
export * from './flow/assignee.schema'
export * from './flow/policies.schema'
export * from './flow/flow.schema'
export * from './bundle/bundle.schema'
export * from './case/case.schema'
export * from './registry/component-registry'
export * from './registry/validation-rules'
export { validateAgainst, MAX_DOCUMENT_DEPTH, type Validation } from './validate/ajv'
export { validateDirectory } from './validate/validate-directory'
export { validateCalendar } from './validate/validate-calendar'
export { validateMatter } from './validate/validate-matter'
export { validateForm, type FormValidationOptions } from './validate/validate-form'
export { validateFlow, type FlowValidationOptions } from './validate/validate-flow'
export { validateBundle, type BundleValidationOptions } from './validate/validate-bundle'
export { CHECK_CATALOGUE, type CheckDescription, type CheckedDocument } from './checks/catalogue'
export { FORM_EXPRESSION_CONTEXT } from './checks/form/form-check'
export { FLOW_EXPRESSION_CONTEXT } from './checks/flow/flow-check'
export { FORMILY_FORMATS } from './checks/form/rules/unknown-validator'
export * from './expression'
