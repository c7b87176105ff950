import { COLUMNS } from './matter-rows'

/** An .xlsx with the import headers and one example row. */
export async function sheetTemplate(): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('事项')
  ws.addRow(Object.values(COLUMNS).map((c) => c[0]))
  ws.addRow(['YX-DA-101', '档案查阅', '档案服务', 'yx-daj', 'yx', 5, 20, '网页；移动端', '《中华人民共和国档案法》', '查档介绍信*；身份证明', '示例行，导入前请删除'])
  ws.columns.forEach((c) => (c.width = 18))
  return new Blob([await wb.xlsx.writeBuffer()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
}
