import { Badge, Col, Input, List, Row, Select, Space, Tabs, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../../api/client'
import type { Box, InboxItem } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { PageState } from '../../shared/page-state'
import { CardBadge, formatDateTime, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'

const BOXES: Box[] = ['todo', 'done', 'started', 'cc']
const PAGE_SIZE = 10
const STATUSES = [
  'draft',
  'in-progress',
  'returned',
  'completed',
  'approved',
  'rejected',
  'withdrawn',
  'cancelled',
]

/** 我的事务: 待办 / 已办 / 我发起的 / 抄送我的 with counts, filters, paging and deadline cards. */
export function InboxPage() {
  const { t } = useI18n()
  const { directory } = useReadySession()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const box = (BOXES as string[]).includes(params.get('box') ?? '') ? (params.get('box') as Box) : 'todo'
  const [q, setQ] = useState('')
  const [card, setCard] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [page, setPage] = useState(1)
  const counts = useAsync(() => api.taskCounts(), [box])
  const list = useAsync(
    () => api.tasks({ box, q, card, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    [box, q, card, status, page],
  )

  const open = (item: InboxItem) => {
    // 待办 and 已办 open the task (已办 offers 撤回 while the node allows it); the rest the case.
    if ((box === 'todo' || box === 'done') && item.task)
      navigate(`/cases/${item.case.id}/tasks/${item.task.id}`)
    else if (item.case.status === 'draft') navigate(`/start/${item.case.matterId}?draft=${item.case.id}`)
    else navigate(`/cases/${item.case.id}`)
  }
  const switchBox = (next: string) => {
    setPage(1)
    setParams({ box: next })
  }

  return (
    <div data-testid="inbox-page">
      <div className="page-title">
        <Typography.Title level={3}>{t('inbox.title')}</Typography.Title>
      </div>
      <Tabs
        activeKey={box}
        onChange={switchBox}
        items={BOXES.map((b) => ({
          key: b,
          label: (
            <span data-testid={`tab-${b}`}>
              {t(`inbox.${b}`)}{' '}
              <Badge
                count={counts.data?.[b] ?? 0}
                showZero
                color={b === 'todo' ? '#1552a8' : '#bfbfbf'}
                data-testid={`count-${b}`}
              />
            </span>
          ),
        }))}
      />
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}>
          <Input.Search
            allowClear
            placeholder={t('inbox.search')}
            onSearch={(v) => {
              setPage(1)
              setQ(v.trim())
            }}
            data-testid="inbox-search"
          />
        </Col>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('inbox.card')}
            value={card}
            onChange={(v) => {
              setPage(1)
              setCard(v)
            }}
            options={['none', 'yellow', 'red'].map((c) => ({ value: c, label: t(`card.${c}`) }))}
          />
        </Col>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('inbox.status')}
            value={status}
            onChange={(v) => {
              setPage(1)
              setStatus(v)
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Col>
      </Row>
      <PageState
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={list.reload}
        empty={list.data?.items.length === 0}
        emptyText={t('inbox.empty')}
      >
        <List
          bordered
          style={{ background: '#fff' }}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            size: 'small',
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
          renderItem={(item) => {
            const due = item.task?.dueAt ?? item.case.promisedDeadline
            return (
              <List.Item
                className="inbox-item"
                onClick={() => open(item)}
                data-testid="inbox-item"
                data-case-id={item.case.id}
                data-task-id={item.task?.id}
                data-status={item.case.status}
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <Typography.Text strong>{item.case.title}</Typography.Text>
                      <CardBadge card={item.task?.card ?? item.case.card} />
                    </Space>
                  }
                  description={
                    <Space wrap size={[8, 2]}>
                      <Typography.Text type="secondary">{item.case.no}</Typography.Text>
                      <StatusTag status={item.case.status} />
                      {item.task && <Tag>{t('inbox.node', { node: item.task.nodeName })}</Tag>}
                      <Typography.Text type="secondary">
                        {directory.personName(item.case.applicantId)}
                      </Typography.Text>
                      {due && (
                        <Typography.Text type="secondary">
                          {t('inbox.due', { date: formatDateTime(due) })}
                        </Typography.Text>
                      )}
                      {item.task && (
                        <Typography.Text type="secondary">
                          {t('inbox.received', { date: formatDateTime(item.task.createdAt) })}
                        </Typography.Text>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            )
          }}
        />
      </PageState>
    </div>
  )
}
