import type { CalendarDay } from '../../../api'
import { errorsForDay, fieldErrorsOf, removeDay, saveDay } from './edit-days'

const days: CalendarDay[] = [
  { date: '2026-01-01', kind: 'holiday', name: '元旦' },
  { date: '2026-01-04', kind: 'workday' },
]

describe('saveDay / removeDay', () => {
  it('appends a new day and says where it is', () => {
    const r = saveDay(days, { date: '2026-03-02', kind: 'holiday', name: ' 测试假日 ' })
    expect(r.index).toBe(2)
    expect(r.days[2]).toEqual({ date: '2026-03-02', kind: 'holiday', name: '测试假日' })
    expect(days).toHaveLength(2) // untouched
  })

  it('replaces the edited day in place, even when its date changes, and drops an empty name', () => {
    const r = saveDay(days, { date: '2026-01-02', kind: 'holiday', name: '' }, '2026-01-01')
    expect(r).toEqual({ index: 0, days: [{ date: '2026-01-02', kind: 'holiday' }, days[1]] })
  })

  it('removes a day by date', () => {
    expect(removeDay(days, '2026-01-04')).toEqual([days[0]])
  })
})

describe('errorsForDay', () => {
  it("puts the edited day's errors on its fields and the others aside", () => {
    const r = errorsForDay(
      [
        {
          path: '/body/days/2/kind',
          code: 'calendar.workday-not-weekend',
          message: '2026-03-02 本是工作日，不能设为调休上班',
          messageEn: 'already a working day',
        },
        { path: '/body/days/2/name', code: 'maxLength', message: '过长' },
        {
          path: '/body/days/0/date',
          code: 'calendar.other-year',
          message: '不在 2026 年',
          messageEn: 'not in 2026',
        },
      ],
      2,
    )
    expect(r.fields.kind?.[0]?.message).toBe('2026-03-02 本是工作日，不能设为调休上班')
    expect(r.fields.name?.[0]).toEqual({ message: '过长', messageEn: '过长' })
    expect(r.other).toEqual([{ message: '不在 2026 年', messageEn: 'not in 2026' }])
  })

  it('reads field errors from an API error', () => {
    expect(fieldErrorsOf({ details: { errors: [{ path: '/x', code: 'c', message: 'm' }] } })).toHaveLength(1)
    expect(fieldErrorsOf(new Error('boom'))).toEqual([])
  })
})
