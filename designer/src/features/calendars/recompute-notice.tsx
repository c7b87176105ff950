import { Alert } from 'antd'
import type { CalendarYearUpdate } from '../../api'
import { useI18n } from '../../shared/i18n'

/** What the server did after a change: the year's counts and the open cases whose deadlines it recomputed. */
export function RecomputeNotice({ result, onClose }: { result: CalendarYearUpdate; onClose(): void }) {
  const { tx } = useI18n()
  const { examined, changed } = result.recomputed
  return (
    <Alert
      type={changed > 0 ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="recompute-notice"
      style={{ marginBottom: 12 }}
      message={tx(
        `已保存 ${result.year} 年：${result.holidays} 个节假日，${result.workdays} 个调休上班日`,
        `${result.year} saved: ${result.holidays} holidays, ${result.workdays} make-up working days`,
      )}
      description={tx(
        `已按新日历重算 ${examined} 件在办件的期限，其中 ${changed} 件的期限或计时有变化。`,
        `Deadlines of ${examined} open cases recomputed on the new calendar; ${changed} of them moved.`,
      )}
    />
  )
}
