import { Descriptions, Tag, Typography } from 'antd'
import { useI18n } from '../../../shared/i18n'
import type { BundleDiffSummary, DiffList } from '../diff/bundle-diff'
import { isEmptyDiff } from '../diff/bundle-diff'

function Items({ list }: { list: DiffList }) {
  return (
    <>
      {list.added.map((x) => <Tag key={'a' + x} color="green">+ {x}</Tag>)}
      {list.removed.map((x) => <Tag key={'r' + x} color="red">− {x}</Tag>)}
      {list.changed.map((x) => <Tag key={'c' + x} color="orange">~ {x}</Tag>)}
      {!list.added.length && !list.removed.length && !list.changed.length && <Typography.Text type="secondary">—</Typography.Text>}
    </>
  )
}

/** Standard elements by their label in the catalogue's terms. */
const ELEMENT_LABELS: Record<string, [string, string]> = {
  id: ['标识', 'Id'],
  code: ['事项编码', 'Code'],
  name: ['事项名称', 'Name'],
  shortName: ['简称', 'Short name'],
  category: ['类别', 'Category'],
  description: ['说明', 'Description'],
  acceptingOrgId: ['受理单位', 'Accepting organisation'],
  regionId: ['地区', 'Region'],
  applicantScope: ['申请对象', 'Applicant scope'],
  legalBasis: ['设定依据', 'Legal basis'],
  materials: ['申请材料', 'Materials'],
  timeLimits: ['办理时限', 'Time limits'],
  fee: ['收费', 'Fee'],
  channels: ['办理渠道', 'Channels'],
  variantOf: ['标准事项', 'Standard matter'],
  calendarId: ['工作日历', 'Working calendar'],
  tags: ['标签', 'Tags'],
}

/** Fields, nodes, edges and standard elements added (+), removed (−) and changed (~, before → after). */
export function DiffView({ diff }: { diff: BundleDiffSummary }) {
  const { tx } = useI18n()
  if (isEmptyDiff(diff)) return <Typography.Text type="secondary">{tx('没有差异', 'No differences')}</Typography.Text>
  return (
    <Descriptions size="small" column={1} bordered data-testid="diff-view">
      <Descriptions.Item label={tx('标准要素', 'Standard elements')}>
        {diff.matter.changed.map((k) => {
          const v = diff.matter.values?.[k]
          const label = ELEMENT_LABELS[k] ? tx(...ELEMENT_LABELS[k]) : k
          return (
            <Tag key={k} color="orange" data-key={k}>
              ~ {label}
              {v && `：${v.from ?? '—'} → ${v.to ?? '—'}`}
            </Tag>
          )
        })}
        {!diff.matter.changed.length && '—'}
      </Descriptions.Item>
      <Descriptions.Item label={tx('表单字段', 'Form fields')}>
        <Items list={diff.fields} />
      </Descriptions.Item>
      <Descriptions.Item label={tx('流程节点', 'Flow nodes')}>
        <Items list={diff.nodes} />
      </Descriptions.Item>
      <Descriptions.Item label={tx('连线', 'Edges')}>
        <Items list={diff.edges} />
      </Descriptions.Item>
      <Descriptions.Item label={tx('流程设置', 'Flow settings')}>{diff.settingsChanged ? <Tag color="orange">~</Tag> : '—'}</Descriptions.Item>
    </Descriptions>
  )
}
