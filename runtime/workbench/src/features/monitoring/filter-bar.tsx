import { Button, Col, DatePicker, Row, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { MatterSummary } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import type { DirectoryLookup } from '../../shared/directory-lookup'
import type { DashboardFilter } from './dashboard-filter'
import { filterChoices, type ViewScope } from './monitoring-scope'

const DAY = 'YYYY-MM-DD'

/** 筛选: submission period, region, department, matter (choices limited to the caller's scope). */
export function FilterBar(props: {
  filter: DashboardFilter
  onChange(next: DashboardFilter): void
  scope: ViewScope
  directory: DirectoryLookup
  matters: MatterSummary[]
}) {
  const { t } = useI18n()
  const { filter, onChange } = props
  const { regions, departments, matters } = filterChoices(
    props.scope,
    props.directory.organisations,
    props.matters,
  )
  const set = (patch: Partial<DashboardFilter>) => {
    const next: DashboardFilter = { ...filter, ...patch }
    for (const k of Object.keys(next) as Array<keyof DashboardFilter>) if (!next[k]) delete next[k]
    onChange(next)
  }
  const today = dayjs()
  const range: [Dayjs | null, Dayjs | null] | null =
    filter.from || filter.to
      ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]
      : null
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="monitoring-filters">
      <Col xs={24} md={8}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          allowEmpty={[true, true]}
          value={range}
          placeholder={[t('mon.filter.from'), t('mon.filter.to')]}
          presets={[
            { label: t('mon.filter.thisMonth'), value: [today.startOf('month'), today] },
            {
              label: t('mon.filter.last3Months'),
              value: [today.subtract(2, 'month').startOf('month'), today],
            },
            { label: t('mon.filter.thisYear'), value: [today.startOf('year'), today] },
          ]}
          onChange={(v) => set({ from: v?.[0]?.format(DAY), to: v?.[1]?.format(DAY) })}
          data-testid="filter-period"
        />
      </Col>
      {regions.length > 1 && (
        <Col xs={12} md={4}>
          <FilterSelect
            placeholder={t('mon.filter.region')}
            value={filter.regionId}
            onChange={(v) => set({ regionId: v })}
            options={regions.map((o) => ({ value: o.id, label: o.name }))}
            testId="filter-region"
          />
        </Col>
      )}
      <Col xs={regions.length > 1 ? 12 : 24} md={regions.length > 1 ? 5 : 7}>
        <FilterSelect
          placeholder={t('mon.filter.department')}
          value={filter.orgId}
          onChange={(v) => set({ orgId: v })}
          options={departments.map((o) => ({ value: o.id, label: o.name }))}
          testId="filter-department"
        />
      </Col>
      <Col xs={18} md={5}>
        <FilterSelect
          placeholder={t('mon.filter.matter')}
          value={filter.matterId}
          onChange={(v) => set({ matterId: v })}
          options={matters.map((m) => ({ value: m.id, label: `${m.name}（${m.code}）` }))}
          testId="filter-matter"
        />
      </Col>
      <Col xs={6} md={2}>
        <Button block onClick={() => onChange({})} data-testid="filter-reset">
          {t('mon.filter.reset')}
        </Button>
      </Col>
    </Row>
  )
}

/** One of the bar's choices: searchable by its label, clearable (cleared = no narrowing). */
function FilterSelect(props: {
  placeholder: string
  value: string | undefined
  onChange(value: string | undefined): void
  options: Array<{ value: string; label: string }>
  testId: string
}) {
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      style={{ width: '100%' }}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(v?: string) => props.onChange(v)}
      options={props.options}
      data-testid={props.testId}
    />
  )
}
