import { DownloadOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useI18n } from '../../i18n/i18n'

/** 导出 Excel: a plain download of the server's streamed export (the session cookie authorises it). */
export function ExportButton(props: { href: string; testId: string }) {
  const { t } = useI18n()
  return (
    <Button size="small" icon={<DownloadOutlined />} href={props.href} download data-testid={props.testId}>
      {t('mon.export')}
    </Button>
  )
}
