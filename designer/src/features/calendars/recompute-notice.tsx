import { Alert, Spin } from 'antd'
import type { CalendarYearUpdate, RecomputeSummary } from '../../api'
import { useI18n } from '../../shared/i18n'
import { useRecomputeProgress } from './use-recompute-progress'

/** What the server did after a change: the year's counts and the recomputation of open cases' deadlines. */
export function RecomputeNotice(props: {
  calendarId: string
  result?: CalendarYearUpdate
  recomputed: RecomputeSummary
  onClose(): void
}) {
  const { tx } = useI18n()
  const { run, phase, lost, gaveUp } = useRecomputeProgress(props.calendarId, props.recomputed)
  const saved = props.result
    ? tx(
        `已保存 ${props.result.year} 年：${props.result.holidays} 个节假日，${props.result.workdays} 个调休上班日`,
        `${props.result.year} saved: ${props.result.holidays} holidays, ${props.result.workdays} make-up working days`,
      )
    : tx('已请求重算', 'Recomputation requested')
  const facts =
    run.facts !== undefined && run.facts !== null
      ? tx(`；监控数据已重算 ${run.facts} 件`, `; monitoring figures recomputed for ${run.facts} cases`)
      : ''
  const description =
    phase === 'done'
      ? tx(
          `已按新日历重算 ${run.examined} 件在办件的期限，其中 ${run.changed} 件的期限或计时有变化${facts}。`,
          `Deadlines of ${run.examined} open cases recomputed on the new calendar; ${run.changed} of them moved${facts}.`,
        )
      : phase === 'failed'
        ? tx(
            `重算在办件期限失败：${run.error ?? ''}`,
            `Recomputing open cases’ deadlines failed: ${run.error ?? ''}`,
          )
        : tx(
            `正在按新日历重算在办件的期限（${run.status === 'queued' ? '排队中' : `已处理 ${run.examined} 件`}）…`,
            `Recomputing open cases’ deadlines on the new calendar (${run.status === 'queued' ? 'queued' : `${run.examined} done`})…`,
          )
  return (
    <Alert
      type={phase === 'failed' ? 'error' : phase === 'pending' || run.changed > 0 ? 'warning' : 'success'}
      showIcon
      icon={phase === 'pending' ? <Spin size="small" /> : undefined}
      closable
      onClose={props.onClose}
      data-testid="recompute-notice"
      data-phase={phase}
      style={{ marginBottom: 12 }}
      message={saved}
      description={
        <>
          {description}
          {gaveUp && (
            <div>
              {tx(
                '后台任务仍未完成；期限会在任务运行后更新，可稍后刷新本页查看。',
                'The background job has not finished yet; deadlines move once it runs. Reload later to see.',
              )}
            </div>
          )}
          {lost && <div>{tx(`无法获取重算进度：${lost}`, `Cannot follow the recomputation: ${lost}`)}</div>}
        </>
      }
    />
  )
}
