import ExcelJS from 'exceljs'
import { parseMatterRows } from './matter-rows'
import { readSheet } from './read-sheet'

async function workbook(rows: number): Promise<Blob> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('事项')
  ws.addRow(['事项编码', '事项名称', '类别', '受理单位', '地区', '承诺时限', '法定时限', '办理渠道', '设定依据', '申请材料'])
  for (let i = 1; i <= rows; i++) ws.addRow([`YX-XL-${String(i).padStart(3, '0')}`, `导入事项${i}`, '综合', 'yx-daj', 'yx', 3, i === 7 ? 2 : 10, '网页', '《条例》', '申请表*'])
  return new Blob([await wb.xlsx.writeBuffer()])
}

describe('readSheet', () => {
  it('reads 50 matters from an .xlsx and reports the bad row', async () => {
    const parsed = parseMatterRows(await readSheet(await workbook(50)))
    expect(parsed).toHaveLength(50)
    expect(parsed.filter((p) => p.errors.length).map((p) => p.row)).toEqual([8])
    expect(parsed[0]!.elements).toMatchObject({ code: 'YX-XL-001', timeLimits: { promisedDays: 3, legalDays: 10 }, channels: ['web'] })
  })
})

describe('sheetTemplate', () => {
  it('reads back as one valid example row', async () => {
    const { sheetTemplate } = await import('./sheet-template')
    const parsed = parseMatterRows(await readSheet(await sheetTemplate()))
    expect(parsed).toHaveLength(1)
    expect(parsed[0]!.errors).toEqual([])
    expect(parsed[0]!.elements?.materials.map((m) => m.required)).toEqual([true, false])
  })
})
