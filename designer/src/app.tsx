import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect, useState, type ReactNode } from 'react'
import { RouterProvider } from 'react-router-dom'
import type { Api } from './api'
import { SessionProvider } from './features/auth/session-context'
import { createRouter } from './routes'
import { I18nProvider, useI18n } from './shared/i18n'
import { ApiProvider } from './shared/ui/api-context'

/** antd's locale follows the designer's language switch. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { locale } = useI18n()
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn')
  }, [locale])
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

/** Providers shared by the app and by stories. */
export function Providers({ api, children }: { api?: Api; children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalizedAntd>
        <ApiProvider api={api}>{children}</ApiProvider>
      </LocalizedAntd>
    </I18nProvider>
  )
}

export function App() {
  const [router] = useState(createRouter)
  return (
    <Providers>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </Providers>
  )
}
