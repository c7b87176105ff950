import type { WidgetDefinition } from '@tongban/form-core'

export const postcodeWidget: WidgetDefinition = {
  definition: {
    name: 'PostcodeInput',
    kind: 'field',
    valueTypes: ['string'],
    rules: ['postcode'],
    group: 'custom',
    title: { 'zh-CN': '邮政编码', en: 'Postcode' },
  },
  rules: {
    postcode: (v) => (v == null || v === '' || /^\d{6}$/.test(String(v)) ? null : { 'zh-CN': '请输入6位邮政编码', en: 'Enter a 6-digit postcode' }),
  },
}
