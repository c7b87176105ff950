import type { Response } from 'express'
import ExcelJS from 'exceljs'

/** One column of an exported table: the row key and the header (Chinese / English). */
export interface ExportColumn {
  key: string
  header: string
}

/**
 * Stream rows to the response as an .xlsx workbook (exceljs streaming writer: rows are committed
 * as they are written, so a large drill-down list never sits in memory as a workbook).
 */
export async function streamExcel(
  res: Response,
  fileName: string,
  sheetName: string,
  columns: readonly ExportColumn[],
  rows: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>,
): Promise<void> {
  res.status(200)
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true })
  const ws = wb.addWorksheet(sheetName)
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length + 4),
  }))
  ws.getRow(1).font = { bold: true }
  ws.getRow(1).commit()
  for await (const row of rows) {
    const out: Record<string, unknown> = {}
    for (const c of columns) {
      const v = row[c.key]
      out[c.key] = v instanceof Date ? v.toISOString() : v
    }
    ws.addRow(out).commit()
  }
  ws.commit()
  await wb.commit()
}
