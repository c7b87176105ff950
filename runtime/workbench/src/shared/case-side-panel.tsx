import { Card } from 'antd'
import type { CaseDetail } from '../api/types'
import { useI18n } from '../i18n/i18n'
import { CaseTimeline } from './case-timeline'
import type { DirectoryLookup } from './directory-lookup'
import { FlowDiagram } from './flow-diagram'

/** The flow with the current position, and the timeline: shown beside the form on the task and case pages. */
export function CaseSidePanel(props: { detail: CaseDetail; directory: DirectoryLookup }) {
  const { t } = useI18n()
  const { detail } = props
  const passed = detail.timeline
    .filter((e) => e.type === 'node.completed' && e.nodeId)
    .map((e) => e.nodeId as string)
  return (
    <>
      <Card title={t('task.flow')} size="small" style={{ marginBottom: 12 }}>
        <FlowDiagram
          nodes={detail.flow.nodes}
          edges={detail.flow.edges}
          layout={detail.flow.layout}
          current={detail.currentNodeIds}
          passed={passed}
        />
      </Card>
      <Card title={t('task.timeline')} size="small">
        <CaseTimeline events={detail.timeline} nodes={detail.flow.nodes} directory={props.directory} />
      </Card>
    </>
  )
}
