import { Button, Popconfirm, Space, Table, Tag } from 'antd'
import { useEffect, useRef } from 'react'
import type { CalendarDay } from '../../../api'
import { useI18n } from '../../../shared/i18n'
import { weekdayOf } from '../model/month-grid'

const WEEK_ZH = '日一二三四五六'
const WEEK_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** The year's adjusted days as a list, with edit and remove; the day just saved is scrolled to and marked. */
export function DaysTable(props: {
  days: readonly CalendarDay[]
  busy: boolean
  focus?: string
  onEdit(day: CalendarDay): void
  onRemove(day: CalendarDay): void
}) {
  const { tx, locale } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const { focus, days } = props
  useEffect(() => {
    // Scroll the table's own body only (antd's scrollTo scrolls the whole page too).
    const row = focus ? box.current?.querySelector<HTMLElement>(`tr[data-row-key="${focus}"]`) : null
    const body = row?.closest<HTMLElement>('.ant-table-body')
    if (row && body) body.scrollTop = Math.max(0, row.offsetTop - body.clientHeight / 3)
  }, [focus, days])
  return (
    <div ref={box}>
      <Table<CalendarDay>
        rowClassName={(d) => (d.date === focus ? 'tb-cal-focus' : '')}
        scroll={{ y: 560 }}
        size="small"
        rowKey="date"
        data-testid="days-table"
        dataSource={[...props.days]}
        pagination={false}
        locale={{
          emptyText: tx(
            '本年没有节假日或调休上班日（只按周末计算）',
            'No holidays or make-up days this year (weekends only)',
          ),
        }}
        columns={[
          {
            title: tx('日期', 'Date'),
            dataIndex: 'date',
            width: 124,
            render: (d: string) =>
              `${d} ${locale === 'en' ? WEEK_EN[weekdayOf(d)] : '周' + WEEK_ZH[weekdayOf(d)]}`,
          },
          {
            title: tx('类型', 'Type'),
            dataIndex: 'kind',
            width: 56,
            render: (k: CalendarDay['kind']) =>
              k === 'holiday' ? (
                <Tag color="red">{tx('休', 'Off')}</Tag>
              ) : (
                <Tag color="blue">{tx('班', 'Work')}</Tag>
              ),
          },
          { title: tx('名称', 'Name'), dataIndex: 'name', ellipsis: true, render: (n?: string) => n ?? '—' },
          {
            title: '',
            width: 92,
            render: (_, d) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => props.onEdit(d)}
                  aria-label={tx(`编辑 ${d.date}`, `Edit ${d.date}`)}
                >
                  {tx('编辑', 'Edit')}
                </Button>
                <Popconfirm
                  title={tx(`删除 ${d.date}？`, `Remove ${d.date}?`)}
                  okText={tx('删除', 'Remove')}
                  cancelText={tx('取消', 'Cancel')}
                  onConfirm={() => props.onRemove(d)}
                >
                  <Button
                    type="link"
                    size="small"
                    danger
                    disabled={props.busy}
                    aria-label={tx(`删除 ${d.date}`, `Remove ${d.date}`)}
                  >
                    {tx('删除', 'Remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </div>
  )
}
