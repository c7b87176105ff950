import { connect, mapReadPretty } from '@formily/react'
import { Spin, TreeSelect } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { OrganisationOption } from '../../context/directory'
import { useRendererServices } from '../../context/renderer-services'
import { useRendererLocale } from '../../i18n/locale-context'
import { idsOf, useDebouncedSearch, useDirectoryNames } from '../shared/use-directory-names'

export interface OrgPickerProps {
  /** An organisation id, or several with `multiple`. */
  value?: string | string[]
  onChange?: (value: string | string[] | undefined) => void
  multiple?: boolean
  /** Start the tree here (default: the top of the directory). */
  rootId?: string
  /** Only offer organisations of this kind (others stay visible as branches). */
  kind?: OrganisationOption['kind']
  disabled?: boolean
  placeholder?: string
}

/** Organisation picker (单位选择): a lazily loaded tree of the organisation directory, searchable. */
function OrgField(props: OrgPickerProps) {
  const { directory } = useRendererServices()
  const { t } = useRendererLocale()
  const [nodes, setNodes] = useState<Map<string, OrganisationOption>>(new Map())
  const [query, setQuery] = useState('')
  const add = useCallback((items: OrganisationOption[]) => {
    setNodes((prev) => {
      const next = new Map(prev)
      for (const i of items) next.set(i.id, i)
      return next
    })
  }, [])

  useEffect(() => {
    directory?.searchOrganisations('', { parentId: props.rootId ?? null }).then(add, () => undefined)
  }, [directory, props.rootId, add])

  const ids = idsOf(props.value)
  const getOrganisations = useCallback((list: readonly string[]) => directory!.getOrganisations(list), [directory])
  const selected = useDirectoryNames(ids, directory ? getOrganisations : undefined)
  useEffect(() => add([...selected.values()]), [selected, add])

  const search = useCallback((q: string) => (directory && q ? directory.searchOrganisations(q, { limit: 50 }) : Promise.resolve([])), [directory])
  const { results, loading } = useDebouncedSearch(query, directory ? search : undefined)

  const treeData = useMemo(() => {
    const source = query ? results : [...nodes.values()]
    return source.map((o) => ({
      id: o.id,
      pId: query ? undefined : (o.parentId ?? undefined),
      value: o.id,
      title: o.name,
      isLeaf: o.isLeaf,
      selectable: !props.kind || o.kind === props.kind,
    }))
  }, [nodes, results, query, props.kind])

  return (
    <TreeSelect
      showSearch
      allowClear
      treeDataSimpleMode
      filterTreeNode={false}
      treeData={treeData}
      multiple={props.multiple}
      value={props.multiple ? ids : ids[0]}
      disabled={props.disabled || !directory}
      placeholder={directory ? (props.placeholder ?? t('picker.searchOrg')) : t('picker.noDirectory')}
      notFoundContent={loading ? <Spin size="small" /> : t('picker.empty')}
      onSearch={setQuery}
      searchValue={query}
      loadData={async (node) => {
        if (directory) add(await directory.searchOrganisations('', { parentId: String(node.value) }))
      }}
      onChange={(v) => {
        setQuery('')
        props.onChange?.(v as string | string[] | undefined)
      }}
      style={{ width: '100%' }}
    />
  )
}

function OrgText(props: { value?: string | string[] }) {
  const { directory } = useRendererServices()
  const ids = idsOf(props.value)
  const getOrganisations = useCallback((list: readonly string[]) => directory!.getOrganisations(list), [directory])
  const names = useDirectoryNames(ids, directory ? getOrganisations : undefined)
  return <span>{ids.map((id) => names.get(id)?.name ?? id).join('、')}</span>
}

export const OrgPicker = connect(OrgField, mapReadPretty(OrgText))
