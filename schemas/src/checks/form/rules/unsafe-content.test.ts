import { validateForm } from '../../../validate/validate-form'

const withTitle = (title: string) => ({
  schema: { type: 'object', properties: { a: { type: 'string', title } } },
})
const codes = (doc: unknown) => validateForm(doc).map((i) => i.code)

describe('unsafe content', () => {
  it.each([
    '金额<10000',
    'a < b',
    '1<2',
    '请填写 <可选>',
    'Online 办理',
    'one = two',
    'javascript 基础',
    '数据共享 data:text/plain',
  ])('lets ordinary text through: %s', (title) => {
    expect(codes(withTitle(title))).toEqual([])
  })

  it.each([
    '<script>alert(1)</script>',
    '< script src=x>',
    '<svg/onload=alert(1)>',
    '<IMG SRC=x>',
    '</div>',
    '<!-- x -->',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<b>',
    'x onerror=alert(1)',
    'x ONLOAD = y',
  ])('rejects %s', (title) => {
    expect(codes(withTitle(title))).toEqual(['form.unsafe-content'])
  })

  it('looks at the string literals of expressions, not their operators', () => {
    const doc = (visible: string) => ({
      schema: {
        type: 'object',
        properties: { n: { type: 'number' }, a: { type: 'string', 'x-visible': visible } },
      },
    })
    expect(codes(doc('{{ n<b }}'))).toEqual(['form.invalid-expression'])
    expect(codes(doc('{{ n<2 }}'))).toEqual([])
    expect(codes(doc("{{ n > 1 ? '<img src=x>' : '' }}"))).toContain('form.unsafe-content')
  })

  it('rejects handler and markup props in component and decorator props, at any depth', () => {
    const doc = {
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', 'x-component': 'Input', 'x-component-props': { nested: { onFocus: 'x' } } },
          b: {
            type: 'string',
            'x-decorator': 'FormItem',
            'x-decorator-props': { dangerouslySetInnerHTML: { __html: 'x' } },
          },
        },
      },
    }
    expect(validateForm(doc).map((i) => i.path)).toEqual([
      '/schema/properties/a/x-component-props/nested/onFocus',
      '/schema/properties/b/x-decorator-props/dangerouslySetInnerHTML',
    ])
  })
})
