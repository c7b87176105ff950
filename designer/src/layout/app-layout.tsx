import { Alert, Button, Layout, Menu, Space, Typography } from 'antd'
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom'
import { useSession } from '../features/auth/session-context'
import { canAdministerCalendars } from '../features/calendars'
import { useI18n } from '../shared/i18n'

/** Header with navigation, language switch and the signed-in user; pages render below. */
export function AppLayout() {
  const { t, locale, setLocale } = useI18n()
  const { status, user, logout } = useSession()
  const { pathname } = useLocation()
  const selected = '/' + (pathname.split('/')[1] ?? '')
  if (status === 'signed-out') return <Navigate to="/login" replace />
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0 }}
          items={[
            { key: '/matters', label: <Link to="/matters">{t('nav.matters')}</Link> },
            // Hidden for those the server would refuse (changes need directory:write).
            ...(canAdministerCalendars(user) ? [{ key: '/calendars', label: <Link to="/calendars">{t('nav.calendars')}</Link> }] : []),
          ]}
        />
        <Space>
          <Button size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {t('app.language')}
          </Button>
          {user && <Typography.Text style={{ color: '#fff' }}>{user.name}</Typography.Text>}
          {status === 'signed-in' && (
            <Button size="small" onClick={() => void logout()}>
              {t('nav.logout')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      {status === 'offline' && <Alert type="info" banner message={t('common.offline')} />}
      <Layout.Content style={{ background: '#fff' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  )
}
