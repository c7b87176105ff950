import type { SheetRow } from './matter-rows'

/** Read the first worksheet of an .xlsx file into rows keyed by the header row (exceljs, in the browser). */
export async function readSheet(file: Blob): Promise<SheetRow[]> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await file.arrayBuffer())
  const ws = wb.worksheets[0]
  if (!ws) return []
  const headers: string[] = []
  ws.getRow(1).eachCell((cell, col) => (headers[col] = String(cell.text).trim()))
  const rows: SheetRow[] = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    if (!row.hasValues) continue
    const out: SheetRow = {}
    row.eachCell((cell, col) => {
      const h = headers[col]
      if (h) out[h] = cell.text
    })
    rows.push(out)
  }
  return rows
}
