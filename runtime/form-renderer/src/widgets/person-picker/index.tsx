import { connect, mapReadPretty } from '@formily/react'
import { Select, Spin } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import type { PersonOption } from '../../context/directory'
import { useRendererServices } from '../../context/renderer-services'
import { useRendererLocale } from '../../i18n/locale-context'
import { idsOf, useDebouncedSearch, useDirectoryNames } from '../shared/use-directory-names'

export interface PersonPickerProps {
  /** A person id, or several with `multiple`. */
  value?: string | string[]
  onChange?: (value: string | string[] | undefined) => void
  multiple?: boolean
  /** Only people of this organisation. */
  orgId?: string
  disabled?: boolean
  placeholder?: string
}

const describe = (p: PersonOption) => [p.name, p.orgName, p.position].filter(Boolean).join(' · ')

/** Person picker (人员选择): searches the personnel directory as the user types. */
function PersonField(props: PersonPickerProps) {
  const { directory } = useRendererServices()
  const { t } = useRendererLocale()
  const [query, setQuery] = useState('')
  const search = useCallback(
    (q: string) => (directory ? directory.searchPeople(q, { ...(props.orgId ? { orgId: props.orgId } : {}), limit: 30 }) : Promise.resolve([])),
    [directory, props.orgId],
  )
  const { results, loading } = useDebouncedSearch(query, directory ? search : undefined)
  const ids = idsOf(props.value)
  const getPersons = useCallback((list: readonly string[]) => directory!.getPersons(list), [directory])
  const selected = useDirectoryNames(ids, directory ? getPersons : undefined)
  const options = useMemo(() => {
    const byId = new Map<string, PersonOption>(results.map((p) => [p.id, p]))
    for (const id of ids) if (!byId.has(id)) byId.set(id, selected.get(id) ?? { id, name: id })
    return [...byId.values()].map((p) => ({ value: p.id, label: describe(p) }))
  }, [results, selected, ids])
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      mode={props.multiple ? 'multiple' : undefined}
      value={props.multiple ? ids : ids[0]}
      disabled={props.disabled || !directory}
      placeholder={directory ? (props.placeholder ?? t('picker.searchPerson')) : t('picker.noDirectory')}
      notFoundContent={loading ? <Spin size="small" /> : t('picker.empty')}
      onSearch={setQuery}
      onChange={(v) => props.onChange?.(v as string | string[] | undefined)}
      options={options}
      style={{ width: '100%' }}
    />
  )
}

function PersonText(props: { value?: string | string[] }) {
  const { directory } = useRendererServices()
  const ids = idsOf(props.value)
  const getPersons = useCallback((list: readonly string[]) => directory!.getPersons(list), [directory])
  const names = useDirectoryNames(ids, directory ? getPersons : undefined)
  return <span>{ids.map((id) => names.get(id)?.name ?? id).join('、')}</span>
}

export const PersonPicker = connect(PersonField, mapReadPretty(PersonText))
