import { DEMO_PEOPLE } from '@tongban/examples'
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin } from './support/api'
import { cspViolations, launchBrowser, loginAs } from './support/browser'
import { e2eEnv } from './support/env'

const env = e2eEnv()
const prefix = `E2E-XL${Date.now().toString(36).toUpperCase()}`
let browser: Browser
let context: BrowserContext
let page: Page
let dir = ''

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-designer-xlsx-'))
  browser = await launchBrowser()
  ;({ context, page } = await loginAs(browser, env, DEMO_PEOPLE.designer.username))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * The same sheet layout as the unit test of readSheet: a header row and one matter per row. The
 * first two rows are wrong on purpose (no name; a promised time limit out of range).
 */
async function workbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('事项')
  ws.addRow(['事项编码', '事项名称', '类别', '受理单位', '地区', '承诺时限', '法定时限', '办理渠道', '设定依据', '申请材料'])
  ws.addRow([`${prefix}-BAD1`, '', '综合', 'yx-daj', 'yx', 3, 10, '网页', '《条例》', '申请表*'])
  ws.addRow([`${prefix}-BAD2`, '时限有误的事项', '综合', 'yx-daj', 'yx', 999, 10, '网页', '《条例》', '申请表*'])
  for (let i = 1; i <= rows; i++)
    ws.addRow([`${prefix}-${String(i).padStart(3, '0')}`, `导入事项${i}`, '综合', 'yx-daj', 'yx', 3, 10, '网页', '《条例》', '申请表*'])
  await wb.xlsx.writeFile(file)
}

test('imports 50 matters from an .xlsx through the import dialog, with a progress bar and per-row errors; 50 drafts exist', async () => {
  const file = path.join(dir, '事项导入.xlsx')
  await workbook(file, 50)
  await page.getByRole('button', { name: 'Excel 批量导入' }).click()
  const dialog = page.locator('.ant-modal:visible')
  await dialog.getByTestId('excel-upload').waitFor()
  await dialog.locator('input[type="file"]').setInputFiles(file)
  await dialog.getByTestId('excel-progress').waitFor()
  await dialog.getByText('成功 50 行，失败 2 行').waitFor({ timeout: 180_000 })
  // each bad row is listed with its sheet row number and the column at fault
  const row = (n: number) => dialog.locator('.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${n}$`) }) })
  await expect(row(2).innerText()).resolves.toContain('事项名称：必填')
  await expect(row(3).innerText()).resolves.toContain('承诺时限：应为 1–365 的整数（999）')
  await expect(dialog.locator('[role="progressbar"]').getAttribute('aria-valuenow')).resolves.toBe('100')

  const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
  try {
    const found = await api.get<{ items: Array<{ code: string; status: string }>; total?: number }>(
      `/api/matters?q=${encodeURIComponent(prefix)}&limit=100`,
    )
    const mine = found.items.filter((m) => m.code.startsWith(`${prefix}-`))
    expect(mine).toHaveLength(50)
    expect(mine.some((m) => m.code.includes('BAD'))).toBe(false)
    expect(new Set(mine.map((m) => m.status))).toEqual(new Set(['draft']))
  } finally {
    await api.close()
  }
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})
