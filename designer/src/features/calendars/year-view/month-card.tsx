import { Tooltip, Typography } from 'antd'
import { memo } from 'react'
import type { CalendarDay } from '../../../api'
import { useI18n } from '../../../shared/i18n'
import { monthGrid, type GridDay } from '../model/month-grid'
import { DAY_STYLE } from './day-style'

const WEEK_ZH = ['日', '一', '二', '三', '四', '五', '六']
const WEEK_EN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']

interface Props {
  year: number
  month: number
  weekend: readonly number[]
  days: readonly CalendarDay[]
  onPick(day: GridDay): void
}

/** One month of the year view: Monday-first weeks, each day coloured by how it counts. */
export const MonthCard = memo(function MonthCard({ year, month, weekend, days, onPick }: Props) {
  const { locale, tx } = useI18n()
  const weeks = monthGrid(year, month, weekend, days)
  const names = locale === 'en' ? WEEK_EN : WEEK_ZH
  return (
    <div className="tb-cal-month" data-testid={`month-${month}`}>
      <Typography.Text strong>
        {tx(
          `${month} 月`,
          new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
        )}
      </Typography.Text>
      <table className="tb-cal-grid" role="grid">
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <th key={d} scope="col">
                {names[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((d) =>
                d.inMonth ? <DayCell key={d.date} day={d} onPick={onPick} /> : <td key={d.date} />,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})

function DayCell({ day, onPick }: { day: GridDay; onPick(day: GridDay): void }) {
  const { tx } = useI18n()
  const style = DAY_STYLE[day.kind]
  const label = `${day.date} ${tx(style.zh, style.en)}${day.name ? ` · ${day.name}` : ''}`
  return (
    <td>
      <Tooltip title={label} mouseEnterDelay={0.3}>
        <button
          type="button"
          className="tb-cal-day"
          data-date={day.date}
          data-kind={day.kind}
          aria-label={label}
          style={{ background: style.background, color: style.color }}
          onClick={() => onPick(day)}
        >
          {day.day}
          {style.badge && <span className="tb-cal-badge">{style.badge}</span>}
        </button>
      </Tooltip>
    </td>
  )
}
