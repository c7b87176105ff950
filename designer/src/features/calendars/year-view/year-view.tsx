import { Space, Typography } from 'antd'
import type { CalendarDay } from '../../../api'
import { useI18n } from '../../../shared/i18n'
import type { DayKind, GridDay } from '../model/month-grid'
import { DAY_STYLE } from './day-style'
import { MonthCard } from './month-card'

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/** The twelve months of a year with a legend; a click on a day asks to add or edit it. */
export function YearView(props: {
  year: number
  weekend: readonly number[]
  days: readonly CalendarDay[]
  onPick(day: GridDay): void
}) {
  const { tx } = useI18n()
  return (
    <div data-testid="year-view">
      <Space size="middle" wrap style={{ marginBottom: 8 }}>
        {(Object.keys(DAY_STYLE) as DayKind[]).map((k) => (
          <Space key={k} size={4}>
            <span
              className="tb-cal-swatch"
              style={{ background: DAY_STYLE[k].background, color: DAY_STYLE[k].color }}
            >
              {DAY_STYLE[k].badge ?? ''}
            </span>
            <Typography.Text type="secondary">{tx(DAY_STYLE[k].zh, DAY_STYLE[k].en)}</Typography.Text>
          </Space>
        ))}
      </Space>
      <div className="tb-cal-year">
        {MONTHS.map((m) => (
          <MonthCard
            key={m}
            year={props.year}
            month={m}
            weekend={props.weekend}
            days={props.days}
            onPick={props.onPick}
          />
        ))}
      </div>
    </div>
  )
}
