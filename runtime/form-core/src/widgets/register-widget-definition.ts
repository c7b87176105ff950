import {
  registerComponent,
  registerValidationRule,
  type ComponentDefinition,
  type ValidationRule,
} from '@tongban/schemas'
import { setupFormRuntime } from '../setup/setup-form-runtime'

/** The React-free half of a custom widget: what the server must know to check forms using it. */
export interface WidgetDefinition {
  definition: ComponentDefinition
  /** Named rules the widget's values must pass; list their names in `definition.rules` to apply them always. */
  rules?: Record<string, ValidationRule>
}

/**
 * Make a custom widget known to the form checks and to submission validation: its component
 * definition goes into the schemas registry and its rules into the shared rule registry (then into
 * Formily). The server calls this with the same object the browser passes to `registerWidget`.
 *
 * @example
 * registerWidgetDefinition(postcodeWidget)   // server start; the browser calls registerWidget(...)
 */
export function registerWidgetDefinition(widget: WidgetDefinition): void {
  for (const [name, rule] of Object.entries(widget.rules ?? {})) registerValidationRule(name, rule)
  registerComponent(widget.definition)
  setupFormRuntime()
}
