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

/** Fields, nodes, edges and standard elements added (+), removed (−) and changed (~). */
export function DiffView({ diff }: { diff: BundleDiffSummary }) {
  const { tx } = useI18n()
  if (isEmptyDiff(diff)) return <Typography.Text type="secondary">{tx('没有差异', 'No differences')}</Typography.Text>
  return (
    <Descriptions size="small" column={1} bordered data-testid="diff-view">
      <Descriptions.Item label={tx('标准要素', 'Standard elements')}>
        {diff.matter.changed.map((k) => <Tag key={k} color="orange">~ {k}</Tag>)}
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
