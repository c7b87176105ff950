import type { PersonOption } from '@tongban/form-renderer'
import { Select } from 'antd'
import { useEffect, useState } from 'react'
import type { DirectoryLookup } from './directory-lookup'

/** Pick one or more people from the directory by name (转办, 委派, 加签, 抄送). */
export function PersonSelect(props: {
  directory: DirectoryLookup
  multiple?: boolean
  value?: string | string[]
  onChange?: (value: string | string[]) => void
  placeholder?: string
  exclude?: readonly string[]
  id?: string
}) {
  const [options, setOptions] = useState<PersonOption[]>([])
  // People already picked stay labelled when a later search no longer lists them.
  const [picked, setPicked] = useState<PersonOption[]>([])
  const [q, setQ] = useState('')
  useEffect(() => {
    let live = true
    void props.directory.source.searchPeople(q, { limit: 30 }).then((list) => live && setOptions(list))
    return () => {
      live = false
    }
  }, [q, props.directory])
  return (
    <Select
      id={props.id}
      showSearch
      mode={props.multiple ? 'multiple' : undefined}
      filterOption={false}
      onSearch={setQ}
      value={props.value}
      onChange={(value: string | string[]) => {
        const ids = [value].flat()
        setPicked((known) =>
          [...known, ...options].filter(
            (p, i, all) => ids.includes(p.id) && all.findIndex((x) => x.id === p.id) === i,
          ),
        )
        props.onChange?.(value)
      }}
      placeholder={props.placeholder}
      style={{ width: '100%' }}
      data-testid="person-select"
      options={[...picked.filter((p) => !options.some((o) => o.id === p.id)), ...options]
        .filter((p) => !props.exclude?.includes(p.id))
        .map((p) => ({ value: p.id, label: `${p.name}${p.orgName ? ` · ${p.orgName}` : ''}` }))}
    />
  )
}
