/** @jest-environment jsdom */
import '../../../shared/testing/jsdom-antd'
import { fireEvent, render, screen } from '@testing-library/react'
import type { FieldPermissions } from '@tongban/schemas'
import { useState } from 'react'
import { I18nProvider } from '../../../shared/i18n'
import { FieldPermissionMatrix } from './field-permission-matrix'

const fields = [
  { name: 'purpose', title: '查阅目的' },
  { name: 'phone', title: '联系电话' },
]

function Harness({ onValue }: { onValue(v: FieldPermissions | undefined): void }) {
  const [value, setValue] = useState<FieldPermissions>()
  return (
    <I18nProvider locale="zh-CN">
      <FieldPermissionMatrix fields={fields} value={value} implicitDefault="read" onChange={(v) => (setValue(v), onValue(v))} />
    </I18nProvider>
  )
}

describe('FieldPermissionMatrix', () => {
  it('writes only the fields that differ from the default', () => {
    let value: FieldPermissions | undefined
    render(<Harness onValue={(v) => (value = v)} />)
    // rows: default, purpose, phone — make purpose editable
    fireEvent.click(screen.getAllByText('可编辑')[1]!)
    expect(value).toEqual({ fields: { purpose: 'edit' } })
    // setting purpose back to the default removes it
    fireEvent.click(screen.getAllByText('只读')[1]!)
    expect(value).toEqual({ fields: {} })
    fireEvent.click(screen.getAllByText('隐藏')[0]!)
    expect(value).toEqual({ fields: {}, default: 'hidden' })
  })
})
