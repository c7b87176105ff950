import { connect, mapReadPretty } from '@formily/react'
import { Cascader } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { OrganisationOption } from '../../context/directory'
import { useRendererServices } from '../../context/renderer-services'
import { useRendererLocale } from '../../i18n/locale-context'

export interface RegionOption {
  id: string
  name: string
  parentId: string | null
}

export interface RegionSelectProps {
  /** The chosen region's id. */
  value?: string
  onChange?: (value: string | undefined) => void
  /** Regions to offer; default: the directory's organisations of kind `region`. */
  regions?: RegionOption[]
  disabled?: boolean
  placeholder?: string
}

interface CascaderOption {
  value: string
  label: string
  children?: CascaderOption[]
}

/** Region select (区划选择): city › county/district › zone, any level can be chosen. */
function RegionField(props: RegionSelectProps) {
  const { t } = useRendererLocale()
  const regions = useRegions(props.regions)
  const { options, pathTo } = useMemo(() => buildTree(regions), [regions])
  return (
    <Cascader
      changeOnSelect
      showSearch
      allowClear
      options={options}
      value={props.value ? pathTo(props.value) : undefined}
      disabled={props.disabled}
      placeholder={props.placeholder ?? t('region.placeholder')}
      onChange={(path) => props.onChange?.(path && path.length ? String(path[path.length - 1]) : undefined)}
      style={{ width: '100%' }}
    />
  )
}

function RegionText(props: { value?: string; regions?: RegionOption[] }) {
  const regions = useRegions(props.regions)
  const byId = new Map(regions.map((r) => [r.id, r]))
  const names: string[] = []
  for (let r = props.value ? byId.get(props.value) : undefined; r; r = r.parentId ? byId.get(r.parentId) : undefined) names.unshift(r.name)
  return <span>{names.join(' / ') || props.value}</span>
}

export const RegionSelect = connect(RegionField, mapReadPretty(RegionText))

// helpers

function useRegions(given: RegionOption[] | undefined): RegionOption[] {
  const { directory } = useRendererServices()
  const [loaded, setLoaded] = useState<OrganisationOption[]>([])
  useEffect(() => {
    if (given || !directory) return
    let live = true
    directory.searchOrganisations('', { kind: 'region', limit: 1000 }).then((r) => live && setLoaded(r), () => undefined)
    return () => {
      live = false
    }
  }, [given, directory])
  return given ?? loaded.map((o) => ({ id: o.id, name: o.name, parentId: o.parentId }))
}

function buildTree(regions: RegionOption[]): { options: CascaderOption[]; pathTo: (id: string) => string[] } {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const nodes = new Map(regions.map((r) => [r.id, { value: r.id, label: r.name } as CascaderOption]))
  const roots: CascaderOption[] = []
  for (const r of regions) {
    const node = nodes.get(r.id)!
    const parent = r.parentId ? nodes.get(r.parentId) : undefined
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  const pathTo = (id: string) => {
    const path: string[] = []
    for (let r = byId.get(id); r; r = r.parentId ? byId.get(r.parentId) : undefined) path.unshift(r.id)
    return path.length ? path : [id]
  }
  return { options: roots, pathTo }
}
