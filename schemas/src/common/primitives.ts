import { Type, type Static, type TSchema } from '@sinclair/typebox'

/** Identifier of any stored document: letters, digits, `_`, `-`, `.`, `:` (1–64 chars). */
export const Id = Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,64}$', description: 'identifier' })
export type Id = Static<typeof Id>

/** Calendar date in ISO form, `YYYY-MM-DD`. */
export const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
export type LocalDate = Static<typeof LocalDate>

/** Instant as ISO-8601 with offset, e.g. `2026-03-02T09:00:00.000Z`. */
export const DateTime = Type.String({ format: 'date-time' })
export type DateTime = Static<typeof DateTime>

/** User-facing text in Simplified Chinese first, English second. */
export const LocalizedText = Type.Object(
  { 'zh-CN': Type.String({ minLength: 1 }), en: Type.Optional(Type.String()) },
  { additionalProperties: false },
)
export type LocalizedText = Static<typeof LocalizedText>

export const NonEmptyString = (max = 200) => Type.String({ minLength: 1, maxLength: max })

/** A duration for time limits, timers and timeouts. `workday` counts working days on the calendar. */
export const Duration = Type.Object(
  {
    value: Type.Number({ exclusiveMinimum: 0 }),
    unit: Type.Union([
      Type.Literal('workday'),
      Type.Literal('day'),
      Type.Literal('hour'),
      Type.Literal('minute'),
    ]),
  },
  { additionalProperties: false },
)
export type Duration = Static<typeof Duration>

/**
 * A tagged union that ajv validates with its `discriminator` keyword, so an error names the one
 * variant the document meant instead of listing every alternative.
 */
export function DiscriminatedUnion<T extends TSchema[]>(key: string, variants: [...T]) {
  return Type.Unsafe<Static<T[number]>>({
    type: 'object',
    discriminator: { propertyName: key },
    required: [key],
    oneOf: variants,
  })
}
