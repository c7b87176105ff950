import { useCallback } from 'react'
import type { CalendarDay, CalendarYearUpdate, WorkingCalendar } from '../../api'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'

export interface LoadedYear {
  calendar: WorkingCalendar
  days: CalendarDay[]
}

/**
 * A calendar and one of its years (with day names), and the two ways of changing the year: replace
 * the list, or import a workbook (previewed by the server first). Both answer with the server's
 * recomputation of open cases.
 */
export function useCalendarYear(calendarId: string, year: string) {
  const api = useApi()
  const state = useAsync<LoadedYear>(async () => {
    const [calendar, y] = await Promise.all([
      api.calendars.get(calendarId),
      api.calendars.year(calendarId, year),
    ])
    return { calendar, days: y.days }
  }, [api, calendarId, year])
  const replace = useCallback(
    (days: CalendarDay[]): Promise<CalendarYearUpdate> => api.calendars.replaceYear(calendarId, year, days),
    [api, calendarId, year],
  )
  const importFile = useCallback(
    (file: Blob): Promise<CalendarYearUpdate> => api.calendars.importYear(calendarId, year, file),
    [api, calendarId, year],
  )
  const previewFile = useCallback(
    (file: Blob) => api.calendars.previewImport(calendarId, year, file),
    [api, calendarId, year],
  )
  const exportFile = useCallback(() => api.calendars.exportYear(calendarId, year), [api, calendarId, year])
  return { state, replace, importFile, previewFile, exportFile }
}
