import { pick, translate } from './translate'

describe('translate', () => {
  it('picks the language and fills placeholders', () => {
    expect(translate('zh-CN', 'login.failed', { reason: '密码错误' })).toBe('登录失败：密码错误')
    expect(translate('en', 'issues.count', { errors: 2, warnings: 0 })).toBe('2 errors, 0 warnings')
  })
  it('falls back to Chinese when English is missing', () => {
    expect(pick('en', { 'zh-CN': '档案' })).toBe('档案')
    expect(pick('en', { 'zh-CN': '档案', en: 'Archive' })).toBe('Archive')
  })
})
