import { Alert, Button } from 'antd'
import { useI18n } from '../i18n/i18n'

/**
 * 409: someone else acted first. Explained, with a reload, never a crash. `detail` is the server's
 * own account when it gave one (“该待办已于 … 由 林小红 办理（同意），无需重复办理”).
 */
export function ConflictNotice(props: { onReload(): void; detail?: string }) {
  const { t } = useI18n()
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('task.conflictTitle')}
      description={
        <>
          {props.detail && (
            <div data-testid="conflict-detail" style={{ marginBottom: 4 }}>
              {props.detail}
            </div>
          )}
          <div>{t('task.conflict')}</div>
        </>
      }
      action={
        <Button size="small" type="primary" onClick={props.onReload} data-testid="conflict-reload">
          {t('common.reload')}
        </Button>
      }
      data-testid="conflict"
    />
  )
}
