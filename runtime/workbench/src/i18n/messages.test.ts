import { en, translate, zhCN } from './messages'

describe('UI catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
    for (const table of [en, zhCN]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('')
  })
  it('fills placeholders and falls back to Chinese, then the key', () => {
    expect(translate('zh-CN', 'start.submitted', { no: 'YX-1' })).toBe('已提交，办件编号 YX-1')
    expect(translate('en', 'catalog.count', { n: 3 })).toBe('3 matters')
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
  })
  it('names every case status and every action the task page offers', () => {
    for (const s of [
      'draft',
      'in-progress',
      'returned',
      'approved',
      'rejected',
      'withdrawn',
      'cancelled',
      'completed',
      'archived',
    ])
      expect(translate('en', `status.${s}`)).not.toBe(`status.${s}`)
    for (const a of [
      'approve',
      'reject',
      'return',
      'transfer',
      'delegate',
      'add-signer',
      'comment',
      'withdraw',
      'urge',
      'cc',
    ])
      expect(translate('zh-CN', `action.${a}`)).not.toBe(`action.${a}`)
  })
})
