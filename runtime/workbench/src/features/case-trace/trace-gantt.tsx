import { Typography } from 'antd'
import { useI18n } from '../../i18n/i18n'
import { formatDateTime } from '../../shared/status'
import { formatDays, formatDuration } from '../monitoring/figure-format'
import type { TraceModel } from './trace-model'

/**
 * The case's steps as bars on one shared time axis (one row per task, labelled node · department),
 * with the 补正 pauses shaded; open steps striped, carded steps yellow/red.
 */
export function TraceGantt(props: { model: TraceModel }) {
  const { t, lang } = useI18n()
  const m = props.model
  return (
    <div className="trace-gantt" data-testid="trace-gantt">
      {m.bars.map((b) => (
        <div
          className="trace-gantt-row"
          key={b.step.taskId}
          data-testid="trace-bar"
          data-node={b.step.nodeId}
        >
          <span className="trace-gantt-label" title={barLabel(b.step)}>
            {barLabel(b.step)}
          </span>
          <span className="trace-gantt-track">
            {m.pauses.map((p, i) => (
              <span
                key={i}
                className="trace-gantt-pause"
                style={{ left: `${p.left}%`, width: `${p.width}%` }}
              />
            ))}
            <span
              className={[
                'trace-gantt-bar',
                b.open ? 'open' : '',
                b.step.status === 'cancelled' ? 'cancelled' : '',
                b.card ?? '',
              ]
                .join(' ')
                .trim()}
              style={{ left: `${b.left}%`, width: `${b.width}%` }}
              title={`${b.step.assigneeName ?? ''} ${formatDuration(b.durationMs, lang)}`}
            />
          </span>
        </div>
      ))}
      {m.pauses.length > 0 && (
        <div className="trace-gantt-row" data-testid="trace-pauses">
          <span className="trace-gantt-label">{t('trace.pause')}</span>
          <span className="trace-gantt-track">
            {m.pauses.map((p, i) => (
              <span
                key={i}
                className="trace-gantt-pause"
                data-testid="trace-pause"
                data-days={p.workingDays ?? ''}
                title={
                  p.workingDays === null
                    ? formatDuration(p.durationMs, lang)
                    : `${t('trace.pauseTook', { wd: formatDays(p.workingDays) })}（${formatDuration(p.durationMs, lang)}）`
                }
                style={{ left: `${p.left}%`, width: `${p.width}%` }}
              />
            ))}
          </span>
        </div>
      )}
      <div className="trace-gantt-row">
        <span className="trace-gantt-label" />
        <Typography.Text
          type="secondary"
          style={{ flex: 1, fontSize: 12, display: 'flex', justifyContent: 'space-between' }}
        >
          <span>{formatDateTime(m.start)}</span>
          <span>{formatDateTime(m.end)}</span>
        </Typography.Text>
      </div>
    </div>
  )
}

/** `档案馆受理 · 档案利用科 · 林小红`: the step, where and who. */
function barLabel(s: TraceModel['bars'][number]['step']): string {
  return [s.nodeName ?? s.nodeId, s.orgName, s.assigneeName].filter(Boolean).join(' · ')
}
