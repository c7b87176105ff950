import express from 'express'
import { Type } from '@sinclair/typebox'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { can } from '../../../../libraries/auth/principal'
import type { Pool } from '../../../../libraries/db'
import { errors } from '../../../../libraries/errors/app-error'
import { dayNames, getCalendar, listCalendars, matterCalendars } from '../../data-access/calendar-repository'
import { yearDays, type CalendarDay } from '../../domain/calendar-year'
import { readCalendarWorkbook, writeCalendarWorkbook } from '../../domain/calendar-workbook'
import { previewCalendarYear, recompute, updateCalendarYear } from '../../domain/update-year'
import { getRecomputeRun, listRecomputeRuns } from '../../../monitoring/data-access/recompute-runs'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const YearBody = Type.Object(
  {
    days: Type.Array(
      Type.Object(
        {
          date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
          kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 366 },
    ),
  },
  { additionalProperties: false },
)

/**
 * 工作日历管理: list and read calendars and their years (holidays 休 and make-up working days 班);
 * replace a year (JSON or a spreadsheet import with per-row errors); recompute open cases'
 * deadlines. Changes are administrators' only and audited.
 */
export function calendarRoutes(pool: Pool, options: { clock?: () => Date } = {}): RouteDefinition[] {
  const now = options.clock ?? (() => new Date())
  const load = async (id: string) => {
    const cal = await getCalendar(pool, id)
    if (!cal) throw errors.notFound('日历', 'Calendar', id)
    return cal
  }
  return [
    defineRoute({
      method: 'get',
      path: '/api/calendars',
      summary:
        '工作日历列表；include=matters 另附每个事项所用日历（管理员） / Working-day calendars; include=matters adds the calendar each matter names (administrators)',
      tag: 'calendars',
      access: 'directory:read',
      query: [{ name: 'include', description: 'matters：附每个事项的 calendarId', enum: ['matters'] }],
      handler: async (req) => {
        if (queryString(req, 'include') !== 'matters') return { items: await listCalendars(pool) }
        // Every matter, outside any catalog scope: for those who administer the calendars.
        if (!can(principalOf(req), 'directory:write')) throw errors.forbidden('directory:write')
        const [items, matters] = await Promise.all([listCalendars(pool), matterCalendars(pool)])
        return { items, matters }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendars/:id',
      summary: '工作日历（全部年份） / A working-day calendar with every year',
      tag: 'calendars',
      access: 'directory:read',
      handler: async (req) => load(param(req, 'id')),
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendars/:id/years/:year',
      summary: '某年的节假日与调休上班日（含名称） / One year: holidays and make-up working days',
      tag: 'calendars',
      access: 'directory:read',
      handler: async (req) => {
        const id = param(req, 'id')
        const year = param(req, 'year')
        const cal = await load(id)
        return { calendarId: id, year, days: yearDays(cal, year, await dayNames(pool, id, year)) }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendars/:id/years/:year/excel',
      summary: '导出某年为 Excel（也是导入模板） / Export a year as a workbook (the import template)',
      tag: 'calendars',
      access: 'directory:read',
      success: { status: 200, description: XLSX },
      handler: async (req, res) => {
        const id = param(req, 'id')
        const year = param(req, 'year')
        const days = yearDays(await load(id), year, await dayNames(pool, id, year))
        res.setHeader('Content-Type', XLSX)
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="calendar-${encodeURIComponent(id)}-${year}.xlsx"`,
        )
        res.send(await writeCalendarWorkbook(days))
        return undefined
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/calendars/:id/years/:year',
      summary: '替换某年的调整日（管理员，审计；默认日历会重算在办件期限） / Replace a year (admin, audited)',
      tag: 'calendars',
      access: 'directory:write',
      body: YearBody,
      bodyName: 'CalendarYearDays',
      handler: async (req) =>
        updateCalendarYear(pool, {
          calendarId: param(req, 'id'),
          year: param(req, 'year'),
          days: (req.body as { days: CalendarDay[] }).days,
          principal: principalOf(req),
          meta: metaOf(req),
          source: 'api',
          now: now(),
        }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/calendars/:id/years/:year/import',
      summary: '从 Excel 导入某年（列：日期、类型 休/班、名称；逐行报错） / Import a year from a workbook',
      tag: 'calendars',
      access: 'directory:write',
      before: [express.raw({ type: [XLSX, 'application/octet-stream'], limit: 2 * 1024 * 1024 })],
      handler: async (req) => {
        const sheet = await readUploadedYear(req.body)
        return updateCalendarYear(pool, {
          calendarId: param(req, 'id'),
          year: param(req, 'year'),
          days: sheet.days,
          principal: principalOf(req),
          meta: metaOf(req),
          source: 'excel',
          now: now(),
          ...sheet.check,
        })
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/calendars/:id/years/:year/import/preview',
      summary:
        '预览 Excel 导入：读出的日期与逐行错误，与导入同一套检查，不做任何修改 / Preview an import: the days read and every row error, nothing changed',
      tag: 'calendars',
      access: 'directory:write',
      before: [express.raw({ type: [XLSX, 'application/octet-stream'], limit: 2 * 1024 * 1024 })],
      success: { status: 200, description: '{ days: [{ row, date, kind, name? }], errors: [{ path: /rows/<row>/<date|type>, code, message, messageEn }] }' },
      handler: async (req) => {
        const sheet = await readUploadedYear(req.body)
        const problems = await previewCalendarYear(pool, {
          calendarId: param(req, 'id'),
          year: param(req, 'year'),
          days: sheet.days,
          ...sheet.check,
        })
        return { days: sheet.days.map((d, i) => ({ row: sheet.rows[i], ...d })), errors: problems }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/calendars/:id/recompute',
      summary:
        '按当前日历重算在办件期限与监控数据（管理员；排队的后台任务，返回运行编号） / Queue a recompute of the calendar’s cases (deadlines, timers, monitoring facts)',
      tag: 'calendars',
      access: 'directory:write',
      success: { status: 202, description: 'the queued run: follow it at GET /api/calendars/{id}/recompute/{runId}' },
      handler: async (req) => {
        const id = param(req, 'id')
        await load(id)
        return recompute(pool, id, { principal: principalOf(req), meta: metaOf(req) })
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendars/:id/recompute',
      summary: '重算任务（最新在前） / Recompute runs of the calendar, newest first',
      tag: 'calendars',
      access: 'directory:write',
      query: [{ name: 'limit', description: '条数，最多 100' }],
      handler: async (req) => ({
        items: await listRecomputeRuns(pool, param(req, 'id'), queryInt(req, 'limit', 20, 100)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendars/:id/recompute/:runId',
      summary:
        '重算进度：queued 排队 / running 进行中（examined、changed 为已处理的在办件）/ done 完成（facts 为重算的监控办件数）/ failed / A recompute run and its progress',
      tag: 'calendars',
      access: 'directory:write',
      handler: async (req) => {
        const id = param(req, 'id')
        const runId = Number(param(req, 'runId'))
        const run = Number.isSafeInteger(runId) ? await getRecomputeRun(pool, id, runId) : null
        if (!run) throw errors.notFound('重算任务', 'Recompute run', `${id}/${param(req, 'runId')}`)
        return run
      },
    }),
  ]
}

// helpers

/** The uploaded workbook's days, and how the checks name its rows (`/rows/<excel row>/<column>`). */
async function readUploadedYear(body: unknown) {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw errors.badRequest(`请以 ${XLSX} 上传 Excel 文件`, `Upload the workbook as ${XLSX}`)
  let parsed: Awaited<ReturnType<typeof readCalendarWorkbook>>
  try {
    parsed = await readCalendarWorkbook(body)
  } catch {
    throw errors.badRequest('无法读取 Excel 文件', 'Cannot read the workbook')
  }
  const rowOf = (i: number) => parsed.rows[i] ?? i
  return {
    days: parsed.days,
    rows: parsed.rows,
    check: {
      problems: parsed.errors,
      locate: (i: number, f: 'date' | 'kind') => `/rows/${rowOf(i)}/${f === 'kind' ? 'type' : 'date'}`,
      entry: (i: number) => ({ zh: `第 ${rowOf(i)} 行`, en: `row ${rowOf(i)}` }),
    },
  }
}
