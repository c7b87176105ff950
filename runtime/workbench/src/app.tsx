import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { lazy, Suspense } from 'react'
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom'
import { I18nProvider, useI18n } from './i18n/i18n'
import { LoginPage } from './features/auth/login-page'
import { SessionProvider, useSession } from './features/auth/session'
import { CatalogPage } from './features/catalog/catalog-page'
import { CaseStartPage } from './features/case-start/case-start-page'
import { InboxPage } from './features/inbox/inbox-page'
import { TaskPage } from './features/task/task-page'
import { CaseDetailPage } from './features/case-detail/case-detail-page'
import { CaseTracePage } from './features/case-trace/case-trace-page'
import { DrillDownPage } from './features/monitoring/drill-down-page'
import { seesMonitoring, useMonitoringScope } from './features/monitoring/monitoring-scope'
import { AppShell } from './shared/app-shell'
import { errorText } from './shared/page-state'

// The dashboard (and ECharts with it) loads only when someone opens it: clerks never download it.
const MonitoringPage = lazy(() =>
  import('./features/monitoring/monitoring-page').then((m) => ({ default: m.MonitoringPage })),
)

/** The workbench: providers, the login guard and the routes of each feature. */
export function App() {
  return (
    <I18nProvider>
      <Localised>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<Guarded />}>
                <Route path="/" element={<Navigate to="/inbox" replace />} />
                <Route path="/catalog" element={<CatalogPage />} />
                <Route path="/start/:matterId" element={<CaseStartPage />} />
                <Route path="/inbox" element={<InboxPage />} />
                <Route path="/cases/:caseId" element={<CaseDetailPage />} />
                <Route path="/cases/:caseId/tasks/:taskId" element={<TaskPage />} />
                <Route
                  path="/monitoring"
                  element={
                    <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
                      <MonitoringPage />
                    </Suspense>
                  }
                />
                <Route path="/monitoring/cases" element={<DrillDownPage />} />
                <Route path="/monitoring/cases/:caseId/trace" element={<CaseTracePage />} />
                <Route path="*" element={<Navigate to="/inbox" replace />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </Localised>
    </I18nProvider>
  )
}

// helpers

function Localised(props: { children: React.ReactNode }) {
  const { lang } = useI18n()
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1552a8' } }}>
      <AntApp>{props.children}</AntApp>
    </ConfigProvider>
  )
}

/** Pages behind the login: wait for the session and the directory, else go to /login. */
function Guarded() {
  const session = useSession()
  const location = useLocation()
  const { t, lang } = useI18n()
  const monitoring = useMonitoringScope(session.me)
  if (session.me === null)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  if (session.error)
    return (
      <div data-testid="page-error">
        <Result
          status="error"
          title={t('common.error')}
          subTitle={errorText(session.error, lang)}
          extra={<Button onClick={session.refresh}>{t('common.retry')}</Button>}
        />
      </div>
    )
  if (!session.me || !session.directory)
    return (
      <div className="app-loading" data-testid="page-loading">
        <Spin size="large" />
      </div>
    )
  return (
    <AppShell
      userName={session.me.name}
      onLogout={() => void session.logout()}
      showMonitoring={seesMonitoring(monitoring.scope)}
    >
      <Outlet />
    </AppShell>
  )
}
