import { Type, type Static } from '@sinclair/typebox'
import { Id, LocalDate, NonEmptyString } from '../common/primitives'

/** One year of official adjustments: public holidays (休) and make-up working days (调休上班). */
export const CalendarYear = Type.Object(
  {
    holidays: Type.Array(LocalDate),
    workdays: Type.Array(LocalDate),
  },
  { additionalProperties: false },
)
export type CalendarYear = Static<typeof CalendarYear>

/**
 * Working-day calendar. A date is a working day when it is a listed make-up working day, or when it
 * is not a weekend day and not a listed holiday. Years absent from `years` use the weekend rule only.
 */
export const WorkingCalendar = Type.Object(
  {
    id: Id,
    name: NonEmptyString(60),
    /** Days of week that are rest days (0 = Sunday … 6 = Saturday). */
    weekend: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { uniqueItems: true }),
    /** IANA zone the dates are in; deadlines fall at the end of the working day in this zone. */
    timeZone: Type.String({ default: 'Asia/Shanghai' }),
    /** Working hours used for hour-granular limits, `HH:mm`. */
    workHours: Type.Optional(
      Type.Object(
        {
          start: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
          end: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
        },
        { additionalProperties: false },
      ),
    ),
    years: Type.Record(Type.String({ pattern: '^\\d{4}$' }), CalendarYear, { additionalProperties: false }),
  },
  { additionalProperties: false },
)
export type WorkingCalendar = Static<typeof WorkingCalendar>
