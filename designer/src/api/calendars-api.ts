import type { HttpClient } from './http'
import type {
  CalendarDay,
  CalendarSummary,
  CalendarYearDays,
  CalendarYearUpdate,
  FieldError,
  MatterCalendarRef,
  RecomputeSummary,
  WorkingCalendar,
} from './types'

const enc = encodeURIComponent
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** 工作日历 (`/api/calendars…`): reading needs `directory:read`, every change `directory:write` (admins). */
export function calendarsApi(http: HttpClient) {
  const year = (id: string, y: string) => `/api/calendars/${enc(id)}/years/${enc(y)}`
  return {
    list: () => http.request<{ items: CalendarSummary[] }>('/api/calendars'),
    /** Every matter with the `calendarId` it names (administrators; one request for the whole catalog). */
    matters: () =>
      http
        .request<{ matters: MatterCalendarRef[] }>('/api/calendars?include=matters')
        .then((r) => r.matters),
    get: (id: string) => http.request<WorkingCalendar>(`/api/calendars/${enc(id)}`),
    /** One year's holidays and make-up working days, with their names when known. */
    year: (id: string, y: string) => http.request<CalendarYearDays>(year(id, y)),
    /** Replace the year (the whole list); the answer says how many open cases' deadlines moved. */
    replaceYear: (id: string, y: string, days: CalendarDay[]) =>
      http.request<CalendarYearUpdate>(year(id, y), { method: 'PUT', body: { days } }),
    /** Replace the year from a workbook (columns 日期, 类型 休/班, 名称); errors at `/rows/<row>/<date|type>`. */
    importYear: (id: string, y: string, file: Blob) =>
      http.request<CalendarYearUpdate>(`${year(id, y)}/import`, {
        method: 'POST',
        body: file,
        rawContentType: XLSX,
      }),
    /** What importing the workbook would do: the days it reads (with their rows) and every row error; changes nothing. */
    previewImport: (id: string, y: string, file: Blob) =>
      http.request<{ days: Array<CalendarDay & { row: number }>; errors: FieldError[] }>(`${year(id, y)}/import/preview`, {
        method: 'POST',
        body: file,
        rawContentType: XLSX,
      }),
    /** Recompute the open cases' deadlines on the calendar now (a queued run on newer servers). */
    recompute: (id: string) =>
      http.request<RecomputeSummary>(`/api/calendars/${enc(id)}/recompute`, { method: 'POST' }),
    /** One recompute run and its progress. */
    recomputeRun: (id: string, runId: number) =>
      http.request<RecomputeSummary>(`/api/calendars/${enc(id)}/recompute/${runId}`),
    /** The year as a workbook (also the import template). */
    exportYear: (id: string, y: string) =>
      http.request<Blob>(`${year(id, y)}/excel`, { responseType: 'blob', headers: { accept: XLSX } }),
  }
}
export type CalendarsApi = ReturnType<typeof calendarsApi>
