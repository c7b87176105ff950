import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd'
import { useMemo } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { api } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { PageState } from '../../shared/page-state'
import { CardBadge, formatDateTime, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { formatDays, formatDuration } from '../monitoring/figure-format'
import { monitoringApi, type CaseTrace } from '../monitoring/monitoring-api'
import '../monitoring/monitoring.css'
import { TraceGantt } from './trace-gantt'
import { buildTraceModel, type TraceBar, type TraceEntry } from './trace-model'

const TONE_COLOURS = { red: 'red', yellow: 'orange', green: 'green', blue: 'blue', gray: 'gray' } as const

/** 全流程追踪: every step of one case across departments on one timeline — who, when, how long. */
export function CaseTracePage() {
  const { caseId = '' } = useParams()
  const { t } = useI18n()
  const navigate = useNavigate()
  const trace = useAsync(() => monitoringApi.trace(caseId), [caseId])
  const matters = useAsync(() => api.matters(), [])
  return (
    <div data-testid="case-trace-page">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate(-1)}
        style={{ paddingLeft: 0 }}
      >
        {t('common.back')}
      </Button>
      <PageState loading={trace.loading && !trace.data} error={trace.error} onRetry={trace.reload}>
        {trace.data && (
          <TraceView
            trace={trace.data}
            matterName={matters.data?.items.find((m) => m.id === trace.data?.case.matterId)?.name}
          />
        )}
      </PageState>
    </div>
  )
}

function TraceView(props: { trace: CaseTrace; matterName?: string }) {
  const { t, lang } = useI18n()
  const { directory } = useReadySession()
  const c = props.trace.case
  // The server's clock (when it sent it): the bars end where its working-day figures were counted to.
  const model = useMemo(
    () => buildTraceModel(props.trace, props.trace.now ? new Date(props.trace.now) : new Date()),
    [props.trace],
  )
  return (
    <>
      <div className="page-title">
        <Typography.Title level={3}>{c.title}</Typography.Title>
        <Space wrap>
          <StatusTag status={c.status} />
          <CardBadge card={c.card} />
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('detail.no')}>
            <span data-testid="trace-case-no">{c.no}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.matter')}>{props.matterName ?? c.matterId}</Descriptions.Item>
          <Descriptions.Item label={t('trace.departments')}>
            <span data-testid="trace-departments" data-count={model.departments.length}>
              {model.departments.join('、') || '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.submitted')}>{formatDateTime(c.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('trace.finished')}>
            {formatDateTime(c.finishedAt) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('trace.handlingDays')}>
            <span data-testid="trace-handling-days">
              {c.handlingDays === null ? '—' : `${formatDays(c.handlingDays)} ${t('mon.unit.days')}`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('trace.promised')}>
            {formatDateTime(c.promisedDeadline) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('trace.legal')}>
            {formatDateTime(c.legalDeadline) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('trace.returns')}>
            <span data-testid="trace-returns">{model.returns}</span>
            {model.pausedMs > 0 && (
              <Typography.Text type="secondary" data-testid="trace-paused-days">
                {' '}
                {model.pausedWorkingDays === null
                  ? t('trace.paused', { d: formatDuration(model.pausedMs, lang) })
                  : t('trace.pausedFor', {
                      wd: formatDays(model.pausedWorkingDays),
                      d: formatDuration(model.pausedMs, lang),
                    })}
              </Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('trace.axis')} style={{ marginBottom: 12 }}>
        <TraceGantt model={model} />
      </Card>
      <Card size="small" title={t('trace.steps')}>
        {model.entries.length === 0 ? (
          <Typography.Text type="secondary" data-testid="page-empty">
            {t('trace.empty')}
          </Typography.Text>
        ) : (
          <Timeline
            data-testid="trace-timeline"
            items={model.entries.map((e, i) => ({
              key: `${e.kind}-${i}`,
              color: e.kind === 'step' ? stepColour(e.bar) : TONE_COLOURS[e.tone],
              children:
                e.kind === 'step' ? (
                  <StepEntry bar={e.bar} />
                ) : (
                  <EventEntry entry={e} actor={directory.personName(e.event.actorId)} />
                ),
            }))}
          />
        )}
      </Card>
    </>
  )
}

function StepEntry(props: { bar: TraceBar }) {
  const { t, lang } = useI18n()
  const s = props.bar.step
  return (
    <div
      data-testid="trace-step"
      data-node={s.nodeId}
      data-status={s.status}
      data-card={props.bar.card ?? 'none'}
    >
      <Space wrap size={[6, 2]}>
        <Typography.Text strong>{s.nodeName ?? s.nodeId}</Typography.Text>
        {s.orgName && <Tag color="blue">{s.orgName}</Tag>}
        {s.actedForOrgName && s.actedForOrgId !== s.orgId && (
          <Tag data-testid="trace-acted-for">{t('trace.actedFor', { name: s.actedForOrgName })}</Tag>
        )}
        <Typography.Text>{s.assigneeName ?? t('trace.unassigned')}</Typography.Text>
        {s.outcome && <Tag>{label(t, `trace.outcome.${s.outcome}`, s.outcome)}</Tag>}
        {props.bar.open && <Tag color="processing">{t('trace.inProgress')}</Tag>}
        {s.status === 'cancelled' && !s.outcome && <Tag>{t('trace.closed')}</Tag>}
        <CardBadge card={props.bar.card ?? undefined} />
      </Space>
      <div>
        <Typography.Text type="secondary">
          {formatDateTime(s.startedAt)} → {s.completedAt ? formatDateTime(s.completedAt) : t('trace.now')}
          {' · '}
          <span data-testid="trace-step-days" data-days={s.workingDays ?? ''}>
            {s.workingDays === null
              ? t('trace.elapsed', { d: formatDuration(props.bar.durationMs, lang) })
              : props.bar.open
                ? t('trace.elapsedWd', {
                    wd: formatDays(s.workingDays),
                    d: formatDuration(props.bar.durationMs, lang),
                  })
                : t('trace.took', {
                    wd: formatDays(s.workingDays),
                    d: formatDuration(props.bar.durationMs, lang),
                  })}
          </span>
          {s.dueAt ? ` · ${t('trace.due', { date: formatDateTime(s.dueAt) })}` : ''}
        </Typography.Text>
      </div>
    </div>
  )
}

function EventEntry(props: { entry: Extract<TraceEntry, { kind: 'event' }>; actor: string }) {
  const { t } = useI18n()
  const e = props.entry.event
  return (
    <div data-testid="trace-event" data-type={e.type}>
      <Space wrap size={[6, 2]}>
        <Typography.Text strong={props.entry.tone === 'red' || props.entry.tone === 'yellow'}>
          {label(t, `trace.event.${e.type}`, e.type)}
        </Typography.Text>
        {props.actor && <Typography.Text type="secondary">{props.actor}</Typography.Text>}
        <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
      </Space>
    </div>
  )
}

function stepColour(bar: TraceBar): string {
  if (bar.card === 'red') return 'red'
  if (bar.card === 'yellow') return 'orange'
  if (bar.open) return 'blue'
  if (bar.step.status === 'cancelled') return 'gray'
  return bar.step.outcome === 'rejected' || bar.step.outcome === 'returned' ? 'orange' : 'green'
}

/** The catalogue text, or the raw value when the catalogue has none (a new outcome or event type). */
function label(t: (k: string) => string, key: string, raw: string): string {
  const text = t(key)
  return text === key ? raw : text
}
