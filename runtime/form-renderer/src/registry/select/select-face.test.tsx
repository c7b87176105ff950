import { render } from '@testing-library/react'
import { ConfigProvider, Select, Space, type SelectProps } from 'antd'
import type { ReactElement } from 'react'
import { SelectFace } from './select-face'

const options = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
  { value: 3, label: '丙' },
  { value: 't', label: '丁', title: '第四项' },
  { value: 'n', label: <b>戊</b> },
  { label: '分组', options: [{ value: 'g', label: '己' }] },
]

/** The rendered DOM, generated ids made comparable. */
function rendered(element: ReactElement): HTMLElement {
  const { container, unmount } = render(element)
  const copy = document.createElement('div')
  copy.innerHTML = container.innerHTML.replace(/rc_select_[\w-]+/g, 'ID')
  unmount()
  return copy
}

const wrappers: Record<string, (node: ReactElement) => ReactElement> = {
  plain: (node) => node,
  'large & disabled by ConfigProvider': (node) => (
    <ConfigProvider componentSize="large" componentDisabled>
      {node}
    </ConfigProvider>
  ),
  'filled variant, rtl, select className/style': (node) => (
    <ConfigProvider variant="filled" direction="rtl" select={{ className: 'ctx-cls', style: { margin: 1 } }}>
      {node}
    </ConfigProvider>
  ),
  'Space.Compact': (node) => <Space.Compact>{node}</Space.Compact>,
  'custom prefix, no hash': (node) => (
    <ConfigProvider prefixCls="tb" theme={{ hashed: false }}>
      {node}
    </ConfigProvider>
  ),
}

const cases: Array<[string, SelectProps]> = [
  ['empty', {}],
  ['placeholder', { placeholder: '请选择' }],
  ['a value', { value: 'a' }],
  ['a number value', { value: 3 }],
  ['a value not among the options', { value: 'zz' }],
  ['an empty-string value', { value: '' }],
  ['an option with its own title', { value: 't' }],
  ['an option whose label is an element', { value: 'n' }],
  ['an option inside a group', { value: 'g' }],
  [
    'small, error, borderless, disabled',
    { value: 'b', size: 'small', status: 'error', variant: 'borderless', disabled: true },
  ],
  ['className, style, id', { value: 'a', className: 'mine', style: { width: 120 }, id: 'rc_select_given' }],
]

describe.each(Object.entries(wrappers))('the face looks like a closed antd Select (%s)', (_name, wrap) => {
  test.each(cases)('%s', (_case, props) => {
    const face = rendered(wrap(<SelectFace options={options} {...props} onActivate={() => undefined} />))
    const real = rendered(wrap(<Select options={options} {...props} />))
    // Same elements, attributes (in any order) and text.
    if (!face.isEqualNode(real)) expect(face.innerHTML).toEqual(real.innerHTML)
  })
})
