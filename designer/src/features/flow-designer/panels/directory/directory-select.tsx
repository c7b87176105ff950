import { Select } from 'antd'
import { useState } from 'react'
import { useI18n } from '../../../../shared/i18n'
import { useDirectorySearch, useOrgRoles } from './use-directory'

interface Props<V> {
  value?: V
  onChange(value: V): void
  placeholder?: string
}

/** Pick people from the directory (人员库), searched on the server as you type. */
export function PersonSelect({ value, onChange, placeholder }: Props<string[]>) {
  const [q, setQ] = useState('')
  const { items, loading } = useDirectorySearch('people', q)
  const { tx } = useI18n()
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={placeholder ?? tx('搜索人员', 'Search people')}
      options={items.map((p) => ({ value: p.id, label: `${p.name}（${p.username}）` }))}
      style={{ width: '100%' }}
      data-testid="person-select"
    />
  )
}

/** Pick one organisation (单位库). */
export function OrgSelect({ value, onChange, placeholder }: Props<string>) {
  const [q, setQ] = useState('')
  const { items, loading } = useDirectorySearch('organisations', q)
  const { tx } = useI18n()
  const options = items.map((o) => ({ value: o.id, label: o.name }))
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value })
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={placeholder ?? tx('搜索单位', 'Search organisations')}
      options={options}
      style={{ width: '100%' }}
    />
  )
}

/** Pick an organisation role (档案管理员 …). */
export function RoleSelect({ value, onChange, multiple }: Props<string | string[]> & { multiple?: boolean }) {
  const roles = useOrgRoles()
  const { tx } = useI18n()
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      placeholder={tx('选择角色', 'Choose a role')}
      options={roles.map((r) => ({ value: r.code, label: r.name }))}
      style={{ width: '100%' }}
    />
  )
}
