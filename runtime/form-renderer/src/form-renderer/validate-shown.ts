import { isField, type Field, type Form } from '@formily/core'
import { batch } from '@formily/reactive'
import { pascalCase } from '@formily/shared'
import { parseValidatorDescriptions, validate, type ValidatorTriggerType } from '@formily/validator'

/** The feedback codes Formily's validation writes (it derives them with `pascalCase` per call). */
const CODES = { error: 'ValidateError', warning: 'ValidateWarning', success: 'ValidateSuccess' } as const

/**
 * Validates the fields a user can act on and puts the messages on them — what Formily's
 * `form.validate()` does, with Formily's validator, rules and feedback, minus its bookkeeping:
 * per field a `validating` timer (set and cleared), four lifecycle notifications, a pattern query
 * over every field, and the feedback codes recomputed. On a 180-field form that bookkeeping was
 * more than half of the time a validation took. Differences: no `onFormValidate*` /
 * `onFieldValidate*` effects fire and `validating` stays false (nothing in Tongban listens; our
 * rules are synchronous). `submit()` still goes through Formily; `validate-shown.test.tsx` holds
 * the two to the same errors.
 */
export async function validateShown(form: Form): Promise<void> {
  const tasks: Array<Promise<void>> = []
  for (const field of Object.values(form.fields))
    if (isField(field) && shouldValidate(field)) tasks.push(validateField(field))
  await Promise.all(tasks)
}

/** Formily's rule: editable and visible fields, unless the field or form says otherwise. */
function shouldValidate(field: Field): boolean {
  const patterns = field.props.validatePattern ?? field.form.props.validatePattern ?? ['editable']
  const displays = field.props.validateDisplay ?? field.form.props.validateDisplay ?? ['visible']
  return patterns.includes(field.pattern) && displays.includes(field.display)
}

/** Each trigger type the field's rules use, in turn, as Formily's `validateSelf` without a trigger. */
async function validateField(field: Field): Promise<void> {
  const triggers: ValidatorTriggerType[] = []
  for (const { triggerType = 'onInput' } of parseValidatorDescriptions(field.validator))
    if (!triggers.includes(triggerType)) triggers.push(triggerType)
  for (const triggerType of triggers) {
    const results = await validate(field.value, field.validator, {
      triggerType,
      validateFirst: field.props.validateFirst ?? field.form.props.validateFirst,
      context: { field, form: field.form },
    })
    batch(() => {
      for (const [type, messages] of Object.entries(results) as Array<[keyof typeof CODES, string[]]>)
        field.setFeedback({
          triggerType,
          type,
          code: CODES[type] ?? pascalCase(`validate-${type}`),
          messages,
        })
    })
  }
}
