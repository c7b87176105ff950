import { Alert, Button } from 'antd'
import { useI18n } from '../i18n/i18n'

/** 409: someone else acted first. Explained, with a reload, never a crash. */
export function ConflictNotice(props: { onReload(): void }) {
  const { t } = useI18n()
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('task.conflictTitle')}
      description={t('task.conflict')}
      action={
        <Button size="small" type="primary" onClick={props.onReload} data-testid="conflict-reload">
          {t('common.reload')}
        </Button>
      }
      data-testid="conflict"
    />
  )
}
