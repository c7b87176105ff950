import { newMatterFrom, parseMatterRows } from './matter-rows'

const row = (i: number) => ({
  事项编码: `YX-BULK-${String(i).padStart(3, '0')}`,
  事项名称: `批量事项${i}`,
  类别: '综合',
  受理单位: 'yx-daj',
  地区: 'yx',
  承诺时限: 5,
  法定时限: 10,
  办理渠道: '网页；移动端',
  设定依据: '《档案法》;《保密法》',
  申请材料: '申请函*;附件清单',
})

describe('parseMatterRows', () => {
  it('parses 50 good rows into valid matters', () => {
    const parsed = parseMatterRows(Array.from({ length: 50 }, (_, i) => row(i + 1)))
    expect(parsed.every((p) => p.errors.length === 0)).toBe(true)
    const first = parsed[0]!.elements!
    expect(first.channels).toEqual(['web', 'mobile'])
    expect(first.materials).toEqual([
      { id: 'mat-1', name: '申请函', required: true, systemSupplied: false },
      { id: 'mat-2', name: '附件清单', required: false, systemSupplied: false },
    ])
    expect(parsed.map((p) => newMatterFrom(p.elements!).issues).flat()).toEqual([])
  })

  it('reports each bad row with its row number and columns', () => {
    const parsed = parseMatterRows([row(1), { ...row(2), 事项编码: 'bad code', 承诺时限: 30, 办理渠道: '传真' }, { code: 'X1' }])
    expect(parsed[0]!.errors).toEqual([])
    expect(parsed[1]!.row).toBe(3)
    expect(parsed[1]!.errors.join('\n')).toMatch(/事项编码[\s\S]*承诺时限不得超过法定时限[\s\S]*传真/)
    expect(parsed[2]!.errors.length).toBeGreaterThanOrEqual(5)
  })
})
