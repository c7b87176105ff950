import { Button, Empty, Result, Spin } from 'antd'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import type { AsyncState } from '../hooks/use-async'

interface Props<T> {
  state: AsyncState<T> & { reload?: () => void }
  /** Treat the data as empty (shows the empty state). */
  isEmpty?: (data: T) => boolean
  emptyText?: ReactNode
  emptyAction?: ReactNode
  children: (data: T) => ReactNode
}

/** The loading, empty and error states every page shows the same way. */
export function AsyncView<T>({ state, isEmpty, emptyText, emptyAction, children }: Props<T>) {
  const { t } = useI18n()
  if (state.status === 'loading')
    return (
      <div style={{ padding: 48, textAlign: 'center' }} role="status">
        <Spin tip={t('common.loading')}>
          <div style={{ height: 48 }} />
        </Spin>
      </div>
    )
  if (state.status === 'error')
    return (
      <Result
        status="warning"
        title={t('common.error')}
        subTitle={state.error.message}
        extra={
          state.reload ? (
            <Button type="primary" onClick={state.reload}>
              {t('common.retry')}
            </Button>
          ) : null
        }
      />
    )
  if (isEmpty?.(state.data))
    return (
      <Empty description={emptyText ?? t('common.empty')} style={{ padding: 48 }}>
        {emptyAction}
      </Empty>
    )
  return <>{children(state.data)}</>
}
