import { rowErrorsFromApi } from './import-rows'

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
