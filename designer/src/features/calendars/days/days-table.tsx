import { Button, Popconfirm, Space, Table, Tag } from 'antd'
import type { CalendarDay } from '../../../api'
import { useI18n } from '../../../shared/i18n'
import { weekdayOf } from '../model/month-grid'

const WEEK_ZH = '日一二三四五六'
const WEEK_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** The year's adjusted days as a list, with edit and remove. */
export function DaysTable(props: {
  days: readonly CalendarDay[]
  busy: boolean
  onEdit(day: CalendarDay): void
  onRemove(day: CalendarDay): void
}) {
  const { tx, locale } = useI18n()
  return (
    <Table<CalendarDay>
      size="small"
      rowKey="date"
      data-testid="days-table"
      dataSource={[...props.days]}
      pagination={{ pageSize: 15, size: 'small', hideOnSinglePage: true }}
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
          width: 130,
          render: (d: string) =>
            `${d} ${locale === 'en' ? WEEK_EN[weekdayOf(d)] : '周' + WEEK_ZH[weekdayOf(d)]}`,
        },
        {
          title: tx('类型', 'Type'),
          dataIndex: 'kind',
          width: 70,
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
          width: 96,
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
  )
}
