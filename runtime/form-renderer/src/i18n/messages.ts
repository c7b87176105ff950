/** The renderer's own strings, zh-CN first. Keys are grouped by widget. */
export const MESSAGES = {
  'bound.tag': { 'zh-CN': '来自人员库', en: 'From directory' },
  'bound.tooltip': { 'zh-CN': '已根据人员库自动填写', en: 'Filled in from the personnel directory' },
  'picker.searchOrg': { 'zh-CN': '搜索单位', en: 'Search organisations' },
  'picker.searchPerson': { 'zh-CN': '输入姓名搜索人员', en: 'Type a name to search people' },
  'picker.loading': { 'zh-CN': '加载中…', en: 'Loading…' },
  'picker.empty': { 'zh-CN': '没有找到', en: 'Nothing found' },
  'picker.noDirectory': { 'zh-CN': '未接入人员库', en: 'No directory connected' },
  'region.placeholder': { 'zh-CN': '请选择区划', en: 'Choose a region' },
  'materials.required': { 'zh-CN': '必需', en: 'Required' },
  'materials.optional': { 'zh-CN': '可选', en: 'Optional' },
  'materials.systemSupplied': { 'zh-CN': '系统提供，无需上传', en: 'Supplied by the system, no upload needed' },
  'materials.source': { 'zh-CN': '来源：{source}', en: 'Source: {source}' },
  'materials.upload': { 'zh-CN': '上传', en: 'Upload' },
  'materials.uploading': { 'zh-CN': '上传中…', en: 'Uploading…' },
  'materials.template': { 'zh-CN': '下载模板', en: 'Download template' },
  'materials.remove': { 'zh-CN': '删除', en: 'Remove' },
  'materials.missing': { 'zh-CN': '缺少必需材料：{names}', en: 'Required materials missing: {names}' },
  'materials.uploadFailed': { 'zh-CN': '上传失败：{reason}', en: 'Upload failed: {reason}' },
  'materials.noUploader': { 'zh-CN': '未配置上传服务', en: 'No upload service configured' },
  'materials.tooLarge': { 'zh-CN': '文件超过 {max} MB', en: 'The file is larger than {max} MB' },
  'materials.badType': { 'zh-CN': '只接受 {types} 文件', en: 'Only {types} files are accepted' },
  'materials.none': { 'zh-CN': '本事项无需申请材料', en: 'This matter needs no materials' },
  'materials.done': { 'zh-CN': '已齐全', en: 'Complete' },
  'idcard.placeholder': { 'zh-CN': '18位身份证号码', en: '18-digit ID card number' },
  'phone.placeholder': { 'zh-CN': '11位手机号码', en: '11-digit mobile number' },
  'opinion.placeholder': { 'zh-CN': '请填写意见', en: 'Write your opinion' },
  'opinion.phrases': { 'zh-CN': '常用语', en: 'Phrases' },
  'opinion.agree': { 'zh-CN': '同意', en: 'Agreed' },
  'opinion.disagree': { 'zh-CN': '不同意', en: 'Not agreed' },
  'opinion.correct': { 'zh-CN': '请补正材料', en: 'Please correct the materials' },
  'signature.typed': { 'zh-CN': '输入姓名', en: 'Type name' },
  'signature.drawn': { 'zh-CN': '手写签名', en: 'Draw' },
  'signature.clear': { 'zh-CN': '清除', en: 'Clear' },
  'signature.confirm': { 'zh-CN': '确认签名', en: 'Confirm signature' },
  'signature.placeholder': { 'zh-CN': '输入您的姓名作为签名', en: 'Type your name as your signature' },
  'signature.none': { 'zh-CN': '未签名', en: 'Not signed' },
  'signature.image': { 'zh-CN': '手写签名', en: 'Handwritten signature' },
  'form.serverErrors': { 'zh-CN': '提交的数据有问题', en: 'The submitted data has problems' },
  'copy.fromPrevious': { 'zh-CN': '复制上次办件', en: 'Copy from my last case' },
  'copy.done': { 'zh-CN': '已复制 {count} 项', en: '{count} fields copied' },
  'copy.none': { 'zh-CN': '没有可复制的上次办件', en: 'No previous case to copy from' },
} as const

export type MessageKey = keyof typeof MESSAGES
export type RendererLanguage = 'zh-CN' | 'en'

/** A renderer string in a language, with `{name}` placeholders filled. */
export function translate(lang: RendererLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][lang]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
