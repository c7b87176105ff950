/**
 * The UI catalogue: Simplified Chinese first, English second. Keys are grouped by feature.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
export const MESSAGES = {
  'app.title': ['协同办 · 事项设计器', 'Tongban Designer'],
  'app.language': ['English', '中文'],
  'nav.matters': ['事项库', 'Matters'],
  'nav.calendars': ['工作日历', 'Working calendars'],
  'nav.formDesigner': ['表单设计', 'Form designer'],
  'nav.flowDesigner': ['流程设计', 'Flow designer'],
  'nav.logout': ['退出登录', 'Log out'],
  'common.loading': ['加载中…', 'Loading…'],
  'common.empty': ['暂无数据', 'Nothing here yet'],
  'common.error': ['加载失败', 'Failed to load'],
  'common.retry': ['重试', 'Retry'],
  'common.save': ['保存', 'Save'],
  'common.cancel': ['取消', 'Cancel'],
  'common.delete': ['删除', 'Delete'],
  'common.add': ['添加', 'Add'],
  'common.edit': ['编辑', 'Edit'],
  'common.undo': ['撤销', 'Undo'],
  'common.redo': ['重做', 'Redo'],
  'common.search': ['搜索', 'Search'],
  'common.export': ['导出', 'Export'],
  'common.import': ['导入', 'Import'],
  'common.apply': ['应用', 'Apply'],
  'common.close': ['关闭', 'Close'],
  'common.none': ['无', 'None'],
  'common.yes': ['是', 'Yes'],
  'common.no': ['否', 'No'],
  'common.offline': ['服务器暂不可用，正在使用示例数据', 'Server unavailable: showing sample data'],
  'login.title': ['登录', 'Sign in'],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.failed': ['登录失败：{reason}', 'Sign-in failed: {reason}'],
  'login.required': ['请输入{field}', 'Enter the {field}'],
  'issues.title': ['检查结果', 'Checks'],
  'issues.none': ['检查通过', 'All checks pass'],
  'issues.count': ['{errors} 个错误，{warnings} 个警告', '{errors} errors, {warnings} warnings'],
} as const satisfies Record<string, readonly [string, string]>

export type MessageKey = keyof typeof MESSAGES
export type Locale = 'zh-CN' | 'en'
