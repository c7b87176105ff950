import { calendarUsage } from './calendar-usage'

describe('calendarUsage', () => {
  it('groups matters by the calendar they resolve to (a missing or absent one falls back to default)', () => {
    const u = calendarUsage(
      ['cn-mainland', 'default', 'spare'],
      [
        { id: 'b', code: 'YX-B', name: 'B', calendarId: 'cn-mainland' },
        { id: 'a', code: 'YX-A', name: 'A', calendarId: 'cn-mainland' },
        { id: 'c', code: 'YX-C', name: 'C' },
        { id: 'd', code: 'YX-D', name: 'D', calendarId: 'retired-calendar' },
      ],
    )
    expect(u.get('cn-mainland')!.map((m) => m.id)).toEqual(['a', 'b'])
    expect(u.get('default')!.map((m) => m.id)).toEqual(['c', 'd'])
    expect(u.get('spare')).toEqual([])
  })
})
