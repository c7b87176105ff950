import { BellOutlined } from '@ant-design/icons'
import { App, Badge, Button, Empty, List, Popover, Space, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { api } from '../../api/client'
import type { Notification } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { errorText } from '../../shared/page-state'
import { formatDateTime } from '../../shared/status'
import { useAsync } from '../../shared/use-async'

/** How often the unread count is asked for while the app is open (also on every page change). */
const POLL_MS = 60_000

/**
 * 消息 in the header: the unread count, and on click the newest messages (new tasks, 催办, 抄送,
 * cards, returns, finished cases …). Opening one marks it read and goes to its case.
 */
export function NotificationBell(props: { mobile: boolean }) {
  const { t, lang } = useI18n()
  const navigate = useNavigate()
  const location = useLocation()
  const [open, setOpen] = useState(false)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [])
  const list = useAsync(() => api.notifications(10), [location.pathname, tick, open])
  const unread = list.data?.unread ?? 0

  const openItem = async (n: Notification) => {
    setOpen(false)
    // A failed mark leaves it unread; going to the case matters more.
    if (!n.readAt) await api.markNotificationRead(n.id).catch(() => undefined)
    if (n.caseId) navigate(`/cases/${n.caseId}`)
    else list.reload()
  }
  const { message } = App.useApp()
  const readAll = async () => {
    try {
      await api.markAllNotificationsRead()
    } catch (e) {
      message.error(t('notifications.readFailed', { reason: errorText(e, lang) }))
    }
    list.reload()
  }

  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      {list.error && !list.data ? (
        <Typography.Text type="danger">
          {t('notifications.failed', { reason: errorText(list.error, lang) })}
        </Typography.Text>
      ) : !list.data ? (
        <Spin size="small" />
      ) : list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item
              className={n.readAt ? 'notification-item' : 'notification-item notification-unread'}
              onClick={() => void openItem(n)}
              data-testid="notification-item"
              data-reason={n.reason}
              data-case-id={n.caseId ?? undefined}
              data-read={n.readAt ? 'true' : 'false'}
            >
              <List.Item.Meta
                title={
                  <Space size={6}>
                    {!n.readAt && <Badge status="processing" />}
                    <span>{lang === 'en' ? (n.messageEn ?? n.message) : n.message}</span>
                  </Space>
                }
                description={
                  <Space wrap size={[8, 0]}>
                    {n.caseTitle && <span>{n.caseTitle}</span>}
                    {n.caseNo && <span>{n.caseNo}</span>}
                    <span>{formatDateTime(n.createdAt)}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  )

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>
            {t('notifications.title')}{' '}
            {unread > 0 && (
              <Typography.Text type="secondary">{t('notifications.unread', { n: unread })}</Typography.Text>
            )}
          </span>
          {unread > 0 && (
            <Button
              size="small"
              type="link"
              onClick={() => void readAll()}
              data-testid="notifications-read-all"
            >
              {t('notifications.readAll')}
            </Button>
          )}
        </Space>
      }
      content={content}
    >
      <Button
        type="text"
        style={{ color: '#fff' }}
        aria-label={t('notifications.title')}
        data-testid="notifications"
        icon={
          <Badge count={unread} size="small" overflowCount={99} data-testid="notifications-count">
            <BellOutlined style={{ color: '#fff', fontSize: 16 }} />
          </Badge>
        }
      >
        {props.mobile ? null : t('notifications.title')}
      </Button>
    </Popover>
  )
}
