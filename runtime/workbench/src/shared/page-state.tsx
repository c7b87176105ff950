import { Button, Empty, Result, Skeleton } from 'antd'
import type { ReactNode } from 'react'
import { ApiError } from '../api/http'
import { useI18n } from '../i18n/i18n'

/** The error text of anything thrown, in the current language when the server sent both. */
export function errorText(error: unknown, lang: string): string {
  if (error instanceof ApiError) return (lang === 'en' && error.messageEn) || error.message
  if (error instanceof Error) return error.message
  return String(error)
}

/** Loading, error and empty states shared by every page; renders `children` once data is there. */
export function PageState(props: {
  loading: boolean
  error?: unknown
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  children?: ReactNode
}) {
  const { t, lang } = useI18n()
  if (props.error) {
    const notFound =
      props.error instanceof ApiError && (props.error.status === 404 || props.error.status === 403)
    return (
      <div data-testid="page-error">
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('common.notFound') : t('common.error')}
          subTitle={errorText(props.error, lang)}
          extra={props.onRetry ? <Button onClick={props.onRetry}>{t('common.retry')}</Button> : undefined}
        />
      </div>
    )
  }
  if (props.loading)
    return (
      <div data-testid="page-loading">
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    )
  if (props.empty)
    return (
      <div data-testid="page-empty">
        <Empty description={props.emptyText ?? t('common.empty')} />
      </div>
    )
  return <>{props.children}</>
}
