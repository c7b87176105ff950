import { CheckOutlined, ReloadOutlined } from '@ant-design/icons'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { App, Badge, Button, Checkbox, Col, Empty, Input, List, Row, Select, Space, Tabs, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../../api/client'
import type { InboxItem } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { errorText, PageState } from '../../shared/page-state'
import { CardBadge, formatDateTime, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import {
  BOXES,
  CARDS,
  changeQuery,
  deadlineTone,
  inboxParams,
  isFiltered,
  parseInboxQuery,
  STATUSES,
  type InboxQuery,
} from './inbox-query'

const PAGE_SIZE = 10

/**
 * 我的事务: 待办 / 已办 / 我发起的 / 抄送我的 with counts, search, card/status/matter filters and
 * paging (all in the URL, so Back returns to the same list), deadline cards and overdue rows.
 */
export function InboxPage() {
  const { t, lang } = useI18n()
  const { directory } = useReadySession()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const query = parseInboxQuery(params)
  const { box, page } = query
  const update = (change: Partial<InboxQuery>) => setParams(inboxParams(changeQuery(query, change)))
  const counts = useAsync(() => api.taskCounts(), [box])
  const matters = useAsync(() => api.matters(), [])
  const list = useAsync(
    () =>
      api.tasks({
        box,
        q: query.q,
        card: query.card,
        status: query.status,
        matterId: query.matterId,
        unread: query.unread ? '1' : undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    [box, query.q, query.card, query.status, query.matterId, query.unread, page],
  )
  const { message } = App.useApp()
  const [markingRead, setMarkingRead] = useState(false)
  const markAllRead = async () => {
    setMarkingRead(true)
    try {
      const r = await api.markAllCcRead()
      message.success(t(r.more ? 'inbox.markedReadMore' : 'inbox.markedRead', { n: r.marked }))
      list.reload()
      counts.reload()
    } catch (e) {
      message.error(t('inbox.markReadFailed', { reason: errorText(e, lang) }))
    } finally {
      setMarkingRead(false)
    }
  }
  const capped = (list.data as { totalCapped?: boolean } | undefined)?.totalCapped === true
  const now = Date.now()

  const open = (item: InboxItem) => {
    // 待办 and 已办 open the task (已办 offers 撤回 while the node allows it); the rest the case.
    if ((box === 'todo' || box === 'done') && item.task)
      navigate(`/cases/${item.case.id}/tasks/${item.task.id}`)
    else if (item.case.status === 'draft') navigate(`/start/${item.case.matterId}?draft=${item.case.id}`)
    else navigate(`/cases/${item.case.id}`)
  }

  return (
    <div data-testid="inbox-page">
      <div className="page-title">
        <Typography.Title level={3}>{t('inbox.title')}</Typography.Title>
        <Space wrap>
          {box === 'cc' && (counts.data?.ccUnread ?? 0) > 0 && (
            <Button
              icon={<CheckOutlined />}
              loading={markingRead}
              onClick={() => void markAllRead()}
              data-testid="inbox-mark-all-read"
            >
              {t('inbox.markAllRead')}
            </Button>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              list.reload()
              counts.reload()
            }}
            data-testid="inbox-refresh"
          >
            {t('common.reload')}
          </Button>
        </Space>
      </div>
      <Tabs
        activeKey={box}
        onChange={(next) => update({ box: next as InboxQuery['box'] })}
        items={BOXES.map((b) => ({
          key: b,
          label: (
            <span data-testid={`tab-${b}`}>
              {t(`inbox.${b}`)}{' '}
              {counts.data && (
                <Badge
                  // 抄送我的 counts what is not read yet, when the server says.
                  count={b === 'cc' ? (counts.data.ccUnread ?? counts.data.cc ?? 0) : (counts.data[b] ?? 0)}
                  showZero
                  overflowCount={999}
                  color={
                    b === 'todo' || (b === 'cc' && (counts.data.ccUnread ?? 0) > 0) ? '#1552a8' : '#bfbfbf'
                  }
                  title={
                    b === 'cc' && counts.data.ccUnread !== undefined
                      ? t('inbox.ccCounts', { unread: counts.data.ccUnread, total: counts.data.cc })
                      : undefined
                  }
                  data-testid={`count-${b}`}
                />
              )}
            </span>
          ),
        }))}
      />
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={9}>
          <Input.Search
            key={`${box}-${query.q ?? ''}`}
            allowClear
            defaultValue={query.q}
            placeholder={t('inbox.search')}
            onSearch={(v) => update({ q: v.trim() })}
            data-testid="inbox-search"
          />
        </Col>
        <Col xs={12} md={5}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('inbox.card')}
            value={query.card}
            onChange={(v?: string) => update({ card: v ?? '' })}
            options={CARDS.map((c) => ({ value: c, label: t(`card.${c}`) }))}
            data-testid="inbox-card-filter"
          />
        </Col>
        <Col xs={12} md={5}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('inbox.status')}
            value={query.status}
            onChange={(v?: string) => update({ status: v ?? '' })}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-testid="inbox-status-filter"
          />
        </Col>
        <Col xs={24} md={5}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('inbox.matter')}
            value={query.matterId}
            loading={matters.loading}
            onChange={(v?: string) => update({ matterId: v ?? '' })}
            options={(matters.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} ${m.code}` }))}
            data-testid="inbox-matter-filter"
          />
        </Col>
        {box === 'cc' && (
          <Col xs={24}>
            <Checkbox
              checked={query.unread === true}
              onChange={(e) => update({ unread: e.target.checked })}
              data-testid="inbox-unread-only"
            >
              {t('inbox.unreadOnly')}
            </Checkbox>
          </Col>
        )}
      </Row>
      <PageState
        // An empty answer is not kept on screen while the next one loads (it would read as final).
        loading={list.loading && !list.data?.items.length}
        error={list.error}
        onRetry={list.reload}
      >
        {list.data?.items.length === 0 ? (
          <div data-testid="page-empty">
            <Empty description={isFiltered(query) ? t('inbox.noMatch') : t(`inbox.empty.${box}`)}>
              {isFiltered(query) && (
                <Button onClick={() => setParams({ box })} data-testid="inbox-clear-filters">
                  {t('inbox.clearFilters')}
                </Button>
              )}
            </Empty>
          </div>
        ) : (
          <List
            bordered
            style={{ background: '#fff' }}
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            pagination={
              (list.data?.total ?? 0) <= PAGE_SIZE && page === 1
                ? false
                : {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: list.data?.total ?? 0,
                    onChange: (p) => update({ page: p }),
                    size: 'small',
                    showSizeChanger: false,
                    showTotal: (total) => t(capped ? 'inbox.totalCapped' : 'inbox.total', { n: total }),
                  }
            }
            renderItem={(item) => {
              const due = item.task?.dueAt ?? item.case.promisedDeadline
              const finished =
                (FINISHED_CASE_STATUSES as readonly string[]).includes(item.case.status) ||
                (item.task !== undefined && item.task.status !== 'open' && item.task.status !== 'waiting')
              const tone = deadlineTone(item.task?.card ?? item.case.card, due, now, finished)
              return (
                <List.Item
                  className={`inbox-item inbox-item-${tone}`}
                  onClick={() => open(item)}
                  data-testid="inbox-item"
                  data-case-id={item.case.id}
                  data-task-id={item.task?.id}
                  data-status={item.case.status}
                  data-tone={tone}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        <Typography.Text strong>{item.case.title}</Typography.Text>
                        <CardBadge card={tone} />
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
                          <Typography.Text
                            type={tone === 'red' ? 'danger' : tone === 'yellow' ? 'warning' : 'secondary'}
                            data-testid="inbox-due"
                          >
                            {t('inbox.due', { date: formatDateTime(due) })}
                          </Typography.Text>
                        )}
                        {item.task && (
                          <Typography.Text type="secondary">
                            {t('inbox.received', { date: formatDateTime(item.task.createdAt) })}
                          </Typography.Text>
                        )}
                        {box === 'cc' && item.task && (
                          <Tag
                            color={item.task.status === 'open' ? 'blue' : undefined}
                            data-testid="inbox-cc-read"
                            data-read={item.task.status === 'open' ? 'false' : 'true'}
                          >
                            {t(item.task.status === 'open' ? 'inbox.unread' : 'inbox.read')}
                          </Tag>
                        )}
                        {box === 'cc' && item.task?.comment && (
                          <Typography.Text data-testid="inbox-cc-comment">
                            {t('inbox.ccComment', { comment: item.task.comment })}
                          </Typography.Text>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )
            }}
          />
        )}
      </PageState>
    </div>
  )
}
