import {
  AppstoreOutlined,
  BarChartOutlined,
  InboxOutlined,
  LogoutOutlined,
  TranslationOutlined,
} from '@ant-design/icons'
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { NotificationBell } from '../features/notifications/notification-bell'
import { useI18n } from '../i18n/i18n'

/**
 * Header with navigation, messages (消息), language switch and logout; the page below. Compact under the `md` breakpoint.
 * 监控分析 only for users with a monitoring scope (`showMonitoring`).
 */
export function AppShell(props: {
  userName: string
  onLogout(): void
  showMonitoring?: boolean
  children: ReactNode
}) {
  const { t, lang, setLang } = useI18n()
  const screens = Grid.useBreakpoint()
  const mobile = !screens.md
  const location = useLocation()
  const selected = location.pathname.startsWith('/monitoring')
    ? 'monitoring'
    : location.pathname.startsWith('/catalog') || location.pathname.startsWith('/start')
      ? 'catalog'
      : 'inbox'
  const mobileLinks = [
    { key: 'inbox', to: '/inbox', icon: <InboxOutlined />, label: t('nav.inbox') },
    { key: 'catalog', to: '/catalog', icon: <AppstoreOutlined />, label: t('nav.catalog') },
    ...(props.showMonitoring
      ? [
          {
            key: 'monitoring',
            to: '/monitoring',
            icon: <BarChartOutlined />,
            label: t('nav.monitoringShort'),
          },
        ]
      : []),
  ]
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/inbox" className="app-brand">
          {mobile ? '协同办' : t('app.title')}
        </Link>
        {mobile ? (
          <Space className="app-menu" size={4}>
            {mobileLinks.map((l) => (
              <Link
                key={l.key}
                to={l.to}
                data-testid={`nav-${l.key}`}
                className={selected === l.key ? 'app-nav app-nav-active' : 'app-nav'}
                aria-label={l.label}
                title={l.label}
              >
                {l.icon}
                {/* Three links and the header's buttons do not fit 375 px: the others show their icon. */}
                {mobileLinks.length < 3 || selected === l.key ? ` ${l.label}` : null}
              </Link>
            ))}
          </Space>
        ) : (
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            className="app-menu"
            items={[
              {
                key: 'inbox',
                icon: <InboxOutlined />,
                label: (
                  <Link to="/inbox" data-testid="nav-inbox">
                    {t('nav.inbox')}
                  </Link>
                ),
              },
              {
                key: 'catalog',
                icon: <AppstoreOutlined />,
                label: (
                  <Link to="/catalog" data-testid="nav-catalog">
                    {t('nav.catalog')}
                  </Link>
                ),
              },
              ...(props.showMonitoring
                ? [
                    {
                      key: 'monitoring',
                      icon: <BarChartOutlined />,
                      label: (
                        <Link to="/monitoring" data-testid="nav-monitoring">
                          {t('nav.monitoring')}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        <Space size={mobile ? 0 : 'small'} className="app-user">
          {!mobile && (
            <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
              {props.userName}
            </Typography.Text>
          )}
          <NotificationBell mobile={mobile} />
          <Button
            type="text"
            style={{ color: '#fff' }}
            icon={<TranslationOutlined />}
            onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
            data-testid="switch-language"
            aria-label={t('nav.language')}
          >
            {mobile ? null : t('nav.language')}
          </Button>
          <Button
            type="text"
            style={{ color: '#fff' }}
            icon={<LogoutOutlined />}
            onClick={props.onLogout}
            data-testid="logout"
            aria-label={t('nav.logout')}
          >
            {mobile ? null : t('nav.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className={mobile ? 'app-content app-content-mobile' : 'app-content'}>
        {props.children}
      </Layout.Content>
    </Layout>
  )
}
