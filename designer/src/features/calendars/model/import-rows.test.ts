import { parseImportRows, rowErrorsFromApi, type SheetRow } from './import-rows'

const row = (n: number, date: unknown, type: string, name = ''): SheetRow => ({ row: n, date, type, name })

describe('parseImportRows', () => {
  it('reads text and Excel dates, 休/班 and English types, and keeps each day’s row', () => {
    const r = parseImportRows(
      [
        row(2, '2026-01-01', '休', '元旦'),
        row(3, new Date(Date.UTC(2026, 1, 14)), '班'),
        row(4, '2026/2/17', 'holiday', ' 春节 '),
      ],
      '2026',
      [0, 6],
    )
    expect(r.errors).toEqual([])
    expect(r.days).toEqual([
      { date: '2026-01-01', kind: 'holiday', name: '元旦' },
      { date: '2026-02-14', kind: 'workday' },
      { date: '2026-02-17', kind: 'holiday', name: '春节' },
    ])
    expect(r.rows).toEqual([2, 3, 4])
  })

  it('reports every bad row in the column at fault, in Chinese and English', () => {
    const r = parseImportRows(
      [
        row(2, '下周一', '休'),
        row(3, '2026-03-02', '放假'),
        row(4, '2026-02-30', '休'),
        row(5, '2025-12-31', '休'),
        row(6, '2026-01-01', '休'),
        row(7, '2026-01-01', '休'),
        row(8, '2026-03-02', '班'),
      ],
      '2026',
      [0, 6],
    )
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [3, 'type'],
      [4, 'date'],
      [5, 'date'],
      [7, 'date'],
      [8, 'type'],
    ])
    expect(r.errors[0]!.message).toBe('第 2 行：日期「下周一」无法识别')
    expect(r.errors[1]!.messageEn).toBe('Row 3: type must be 休 or 班, not "放假"')
    expect(r.errors[4]!.message).toBe('第 7 行：2026-01-01 与第 6 行重复')
    expect(r.errors[5]!.message).toBe('第 8 行：2026-03-02 本是工作日，不能设为调休上班')
    expect(r.days).toEqual([{ date: '2026-01-01', kind: 'holiday' }])
  })
})

describe('rowErrorsFromApi', () => {
  it('maps the server’s /rows/<row>/<column> paths', () => {
    expect(
      rowErrorsFromApi([
        {
          path: '/rows/5/type',
          code: 'calendar.type',
          message: '第 5 行：类型须为「休」或「班」',
          messageEn: 'Row 5: type',
        },
        { path: '/rows', code: 'calendar.empty', message: '工作簿没有工作表' },
      ]),
    ).toEqual([
      { row: 5, column: 'type', message: '第 5 行：类型须为「休」或「班」', messageEn: 'Row 5: type' },
      { row: 0, column: 'file', message: '工作簿没有工作表', messageEn: '工作簿没有工作表' },
    ])
  })
})
