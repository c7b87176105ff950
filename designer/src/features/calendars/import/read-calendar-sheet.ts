import type { RowError, SheetRow } from '../model/import-rows'

/**
 * Read the first worksheet of a calendar workbook in the browser (exceljs): the header row names the
 * columns 日期/date, 类型/type and 名称/name (as the server's import and export do).
 */
export async function readCalendarSheet(file: Blob): Promise<{ rows: SheetRow[]; error?: RowError }> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(await file.arrayBuffer())
  } catch {
    return { rows: [], error: fileError('无法读取 Excel 文件', 'Cannot read the workbook') }
  }
  const ws = wb.worksheets[0]
  if (!ws) return { rows: [], error: fileError('工作簿没有工作表', 'The workbook has no sheet') }
  const header = (ws.getRow(1).values as unknown[]).map((v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  )
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h))
  const cDate = col('日期', 'date')
  const cType = col('类型', 'type')
  const cName = col('名称', 'name', '节日')
  if (cDate < 0 || cType < 0)
    return {
      rows: [],
      error: {
        row: 1,
        column: 'file',
        message: '第 1 行须有「日期」和「类型」列',
        messageEn: 'Row 1 must name the columns date and type',
      },
    }
  const rows: SheetRow[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const date = row.getCell(cDate).value
    const type = String(row.getCell(cType).value ?? '').trim()
    if ((date === null || date === undefined || date === '') && type === '') return
    rows.push({ row: n, date, type, name: cName > 0 ? String(row.getCell(cName).value ?? '').trim() : '' })
  })
  return { rows }
}

// helpers //////////////////////

function fileError(message: string, messageEn: string): RowError {
  return { row: 0, column: 'file', message, messageEn }
}
