import { DEMO_PEOPLE, loadCalendar } from '@tongban/examples'
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin } from './support/api'
import { cspViolations, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'

// 工作日历 administration as 王建国 (administrator): the platform's default calendar, 2026. A holiday is
// added on a Monday already past (so no running case of the other suites moves), the year is exported,
// a spreadsheet with one bad row is refused row by row, and the corrected one puts the official
// 2026 calendar back. A designer sees neither the menu nor the page.
const env = e2eEnv()
const official = loadCalendar().years['2026']!
const HOLIDAY = '2026-03-02' // a Monday
const NAME = 'e2e 测试假日'
let browser: Browser
let context: BrowserContext
let page: Page
let dir = ''

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-designer-calendar-'))
  // Given the official 2026 calendar (a reused server may still carry an earlier run's holiday).
  const api = await apiLogin(env, DEMO_PEOPLE.admin.username)
  const days = [
    ...official.holidays.map((date) => ({ date, kind: 'holiday' })),
    ...official.workdays.map((date) => ({ date, kind: 'workday' })),
  ]
  await api.send('PUT', '/api/calendars/default/years/2026', { days })
  await api.close()
  browser = await launchBrowser()
  ;({ context, page } = await loginAs(browser, env, DEMO_PEOPLE.admin.username))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

// The server queues the recompute of open cases' deadlines; its worker runs it and the notice follows
// the run until it is done.
const RECOMPUTE_DONE = /已按新日历重算 \d+ 件在办件的期限/
const recomputeDone = () => page.locator('[data-testid="recompute-notice"][data-phase="done"]').waitFor()

const day = (date: string) => page.getByTestId('year-view').locator(`[data-date="${date}"]`)

test('an administrator opens 工作日历, sees the official 2026 data and adds a holiday (a server error lands on its field first)', async () => {
  await page.setViewportSize({ width: 1280, height: 860 }) // the narrowest width the designer supports
  await page.getByRole('menuitem', { name: '工作日历' }).click()
  const list = page.getByTestId('calendars-list')
  const defaultRow = list.locator('.ant-table-row', { hasText: '默认' })
  await defaultRow.waitFor()
  // the example matters all name cn-mainland: the list says how many
  const mainland = list.locator('.ant-table-row', { hasText: 'cn-mainland' })
  await mainland.getByTestId('calendar-usage').waitFor()
  expect(
    Number(/(\d+)/.exec(await mainland.getByTestId('calendar-usage').innerText())?.[1]),
  ).toBeGreaterThanOrEqual(10)

  await defaultRow.getByRole('link', { name: '2026', exact: true }).click()
  await page.getByTestId('year-view').waitFor()
  await expect(page.getByTestId('count-holidays').innerText()).resolves.toBe(String(official.holidays.length))
  await expect(page.getByTestId('count-makeups').innerText()).resolves.toBe(String(official.workdays.length))
  await expect(day('2026-02-17').getAttribute('data-kind')).resolves.toBe('holiday') // 春节
  await expect(day('2026-02-14').getAttribute('data-kind')).resolves.toBe('makeup') // a Saturday, 调休上班
  await expect(day('2026-02-15').getAttribute('data-kind')).resolves.toBe('holiday')
  await expect(day('2026-02-21').getAttribute('data-kind')).resolves.toBe('holiday')
  await expect(day('2026-02-28').getAttribute('data-kind')).resolves.toBe('makeup')
  await expect(day(HOLIDAY).getAttribute('data-kind')).resolves.toBe('workday')

  // a make-up working day on a Monday: the server refuses, the message is on 类型
  await day(HOLIDAY).click()
  const dialog = page.locator('.ant-modal:visible')
  await dialog.getByTestId('day-form').waitFor()
  await dialog.getByText('调休上班（班）').click()
  await dialog.getByTestId('day-name').fill(NAME)
  await dialog.getByRole('button', { name: '保存' }).click()
  const kindItem = dialog.locator('.ant-form-item', { hasText: '类型' })
  await kindItem
    .locator('.ant-form-item-explain-error', { hasText: `${HOLIDAY} 本是工作日，不能设为调休上班` })
    .waitFor()

  await dialog.getByText('法定节假日（休）').click()
  await dialog.getByRole('button', { name: '保存' }).click()
  await dialog.waitFor({ state: 'hidden' })
  // what the server reports about the open cases' deadlines, once its worker has recomputed them
  const notice = page.getByTestId('recompute-notice')
  await notice.waitFor()
  await expect(notice.innerText()).resolves.toContain(`${official.holidays.length + 1} 个节假日`)
  await recomputeDone()
  await expect(notice.innerText()).resolves.toMatch(RECOMPUTE_DONE)
  await page.waitForFunction(
    (d) =>
      document.querySelector(`[data-testid="year-view"] [data-date="${d}"]`)?.getAttribute('data-kind') ===
      'holiday',
    HOLIDAY,
  )
  await page.getByTestId('days-table').getByText(NAME).waitFor()
  await page.mouse.move(640, 850) // no day tooltip in the picture
  await page
    .locator('.ant-tooltip:not(.ant-tooltip-hidden)')
    .waitFor({ state: 'detached' })
    .catch(() => undefined)
  await screenshot(page, 'designer-calendars')

  const api = await apiLogin(env, DEMO_PEOPLE.admin.username)
  const year = await api.get<{ days: Array<{ date: string; kind: string; name?: string }> }>(
    '/api/calendars/default/years/2026',
  )
  expect(year.days.find((d) => d.date === HOLIDAY)).toEqual({ date: HOLIDAY, kind: 'holiday', name: NAME })
  await api.close()
})

test('exports the year, a spreadsheet with one bad row is refused on that row, the corrected one is previewed and imported', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()])
  expect(download.suggestedFilename()).toBe('calendar-default-2026.xlsx')
  const exported = await readRows(await download.path())
  expect(exported[0]).toEqual(['日期', '类型', '名称'])
  expect(exported).toContainEqual([HOLIDAY, '休', NAME])
  expect(exported).toHaveLength(1 + official.holidays.length + official.workdays.length + 1)

  // the official year again (the test holiday dropped), plus one row whose type is neither 休 nor 班
  const restored = exported.filter((r) => r[0] !== HOLIDAY)
  const bad = path.join(dir, 'calendar-bad.xlsx')
  await writeRows(bad, [...restored, ['2026-03-03', '放假', '错误行']])
  const badRow = restored.length + 1

  await page.getByTestId('import-open').click()
  const dialog = page.locator('.ant-modal:visible')
  await dialog.getByTestId('calendar-upload').waitFor()
  await dialog.locator('input[type="file"]').setInputFiles(bad)
  const errors = dialog.getByTestId('import-errors')
  await errors.waitFor()
  const row = errors
    .locator('.ant-table-row')
    .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${badRow}$`) }) })
  await expect(row.innerText()).resolves.toContain(`第 ${badRow} 行：类型须为「休」或「班」，而不是「放假」`)
  await expect(errors.locator('.ant-table-row').count()).resolves.toBe(1)
  await expect(dialog.getByTestId('import-confirm').isDisabled()).resolves.toBe(true)

  const good = path.join(dir, 'calendar-good.xlsx')
  await writeRows(good, restored)
  await dialog.locator('input[type="file"]').setInputFiles(good)
  await dialog.getByText('calendar-good.xlsx').waitFor()
  await dialog.getByTestId('import-errors').waitFor({ state: 'detached' })
  const preview = dialog.getByTestId('import-preview')
  await preview.getByText(`新增 0，修改 0，删除 1，不变 ${restored.length - 1}`).waitFor()
  await expect(preview.innerText()).resolves.toContain(HOLIDAY)
  await dialog.getByTestId('import-confirm').click()
  await dialog.waitFor({ state: 'hidden' })
  const notice = page.getByTestId('recompute-notice')
  await notice.getByText(`${official.holidays.length} 个节假日`).waitFor()
  await recomputeDone()
  await expect(notice.innerText()).resolves.toMatch(RECOMPUTE_DONE)
  await page.waitForFunction(
    (d) =>
      document.querySelector(`[data-testid="year-view"] [data-date="${d}"]`)?.getAttribute('data-kind') ===
      'workday',
    HOLIDAY,
  )

  // a recomputation on demand reports the same way
  await page.getByTestId('recompute').click()
  await notice.getByText('已请求重算').waitFor()
  await recomputeDone()
  await expect(notice.innerText()).resolves.toMatch(RECOMPUTE_DONE)

  // the default calendar is the official 2026 one again
  const api = await apiLogin(env, DEMO_PEOPLE.admin.username)
  const cal = await api.get<{ years: Record<string, { holidays: string[]; workdays: string[] }> }>(
    '/api/calendars/default',
  )
  expect(cal.years['2026']).toEqual(official)
  await api.close()
})

test('a designer (not an administrator) has no 工作日历 menu, is shown 403 on the page, and the server refuses changes', async () => {
  const designer = await loginAs(browser, env, DEMO_PEOPLE.designer.username)
  try {
    await expect(designer.page.getByRole('menuitem', { name: '工作日历' }).count()).resolves.toBe(0)
    await designer.page.goto('/designer/calendars/default?year=2026')
    await designer.page.getByTestId('calendars-forbidden').waitFor()
    const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
    await api.send('PUT', '/api/calendars/default/years/2026', { days: [] }, 403)
    await api.close()
  } finally {
    await designer.context.close()
  }
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})

// helpers

async function readRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const rows: string[][] = []
  wb.worksheets[0]!.eachRow((r) => rows.push([1, 2, 3].map((c) => String(r.getCell(c).value ?? ''))))
  return rows
}

async function writeRows(file: string, rows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('日历')
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(file)
}
