import type { CaseEvent, FlowDocument } from '@tongban/schemas'
import { Timeline, Typography } from 'antd'
import { useI18n } from '../i18n/i18n'
import type { DirectoryLookup } from './directory-lookup'
import { formatDateTime } from './status'

/** Events a person reads in the 办理过程; the bookkeeping ones (timers, node entry…) stay in the audit log. */
const SHOWN = new Set([
  'case.created',
  'case.submitted',
  'case.resubmitted',
  'case.returned',
  'case.withdrawn',
  'case.cancelled',
  'case.completed',
  'case.rejected',
  'task.completed',
  'task.transferred',
  'task.delegated',
  'task.resolved',
  'task.withdrawn',
  'signer.added',
  'comment.added',
  'case.urged',
  'cc.sent',
  'card.yellow',
  'card.red',
])

const COLOURS: Record<string, string> = {
  'case.returned': 'orange',
  'case.rejected': 'red',
  'card.red': 'red',
  'card.yellow': 'gold',
  'case.completed': 'green',
}

/** 办理过程: who did what, when, on which step, with their comment. */
export function CaseTimeline(props: {
  events: readonly CaseEvent[]
  nodes: FlowDocument['nodes']
  directory: DirectoryLookup
}) {
  const { t } = useI18n()
  const nodeName = (id: string | undefined) => props.nodes.find((n) => n.id === id)?.name ?? id ?? ''
  const shown = props.events.filter((e) => SHOWN.has(e.type))
  return (
    <Timeline
      data-testid="case-timeline"
      items={shown.map((e) => {
        const data = (e.data ?? {}) as {
          comment?: string
          outcome?: string
          to?: string | string[]
          personIds?: string[]
        }
        // Who it went to: 转办/委派/交还 name one person, 加签/抄送/催办 a list.
        const to = [data.to ?? data.personIds ?? []].flat().filter((x): x is string => typeof x === 'string')
        const what =
          e.type === 'task.completed' && data.outcome ? t(`outcome.${data.outcome}`) : t(`event.${e.type}`)
        return {
          key: e.seq,
          color: COLOURS[e.type] ?? 'blue',
          children: (
            <div data-testid="timeline-event" data-type={e.type}>
              <Typography.Text strong>{what}</Typography.Text>
              {e.nodeId && <Typography.Text type="secondary"> · {nodeName(e.nodeId)}</Typography.Text>}
              {to.length > 0 && (
                <Typography.Text data-testid="timeline-to">
                  {' '}
                  → {to.map((id) => props.directory.personName(id)).join('、')}
                </Typography.Text>
              )}
              <div>
                <Typography.Text type="secondary">
                  {props.directory.personName(e.actorId)} {formatDateTime(e.at)}
                </Typography.Text>
              </div>
              {data.comment && <div className="timeline-comment">“{data.comment}”</div>}
            </div>
          ),
        }
      })}
    />
  )
}
