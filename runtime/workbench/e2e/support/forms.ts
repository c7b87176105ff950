import type { Locator, Page } from 'playwright-core'

/** The Formily form item whose label is `label` (exactly, ignoring the required star and tags). */
export function field(page: Page, label: string): Locator {
  return page
    .locator('.ant-formily-item')
    .filter({
      has: page.locator('.ant-formily-item-label-content label', {
        hasText: new RegExp(`^\\s*${escape(label)}\\s*$`),
      }),
    })
    .first()
}

export async function selectOption(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).locator('.ant-select-selector').click()
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click()
}

export async function pickRadio(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).locator('label.ant-radio-wrapper', { hasText: option }).click()
}

export async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = field(page, label).locator('input')
  await input.click()
  await input.fill(date)
  await input.press('Enter')
}

/** The checklist row of the material named `material`. */
export function materialItem(page: Page, material: string): Locator {
  return page.locator('.tongban-material-upload .ant-list-item').filter({ hasText: material }).first()
}

/** Upload a small file (a PDF unless `name` says otherwise) for a material; waits for its row unless `refused`. */
export async function uploadMaterial(
  page: Page,
  material: string,
  file: { name?: string; content?: string; refused?: boolean } = {},
): Promise<Locator> {
  const name = file.name ?? `${material}.pdf`
  const item = materialItem(page, material)
  await item.locator('input[type=file]').setInputFiles({
    name,
    mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
    buffer: Buffer.from(file.content ?? '%PDF-1.4\n%e2e\n'),
  })
  const row = item.locator('[data-testid="material-file"]', { hasText: name })
  if (!file.refused) await row.waitFor()
  return row
}

/** The error text shown under a field. */
export function fieldError(page: Page, label: string): Locator {
  return field(page, label).locator('.ant-formily-item-error-help, .ant-formily-item-help')
}

/** Fill the 档案查阅 (YX-DA-001) form: one record, reading only, not classified, the letter uploaded (unless `upload: false`). */
export async function fillArchiveLookup(
  page: Page,
  opts: { detail?: string; upload?: boolean } = {},
): Promise<void> {
  await selectOption(page, '查阅目的', '工作查考')
  await field(page, '查阅用途说明')
    .locator('textarea')
    .fill(opts.detail ?? '编制城东片区详细规划，需查阅历年规划批复。')
  const records = field(page, '查阅档案清单')
  await records.getByText('添加一行').click()
  await (await cell(records, '全宗号')).fill('J012')
  await (await cell(records, '档号')).fill('J012-2009-Y-0031')
  await (await cell(records, '题名')).fill('关于城东片区控制性详细规划的批复')
  await (await cell(records, '年度')).fill('2009')
  await pickDate(page, '预约查阅日期', '2026-12-01')
  if (opts.upload !== false) await uploadMaterial(page, '单位介绍信')
}

/** The input in the first row of an ArrayTable under the column titled `title` (column order may vary). */
export async function cell(table: Locator, title: string): Promise<Locator> {
  const headers = await table.locator('thead th').allTextContents()
  const index = headers.findIndex((h) => h.trim() === title)
  if (index < 0) throw new Error(`no column ${title} in ${headers.join(', ')}`)
  return table.locator('tr.ant-table-row').first().locator('td').nth(index).locator('input')
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
