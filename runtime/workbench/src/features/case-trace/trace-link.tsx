import { NodeIndexOutlined } from '@ant-design/icons'
import { Link } from 'react-router-dom'
import { useI18n } from '../../i18n/i18n'
import { useReadySession } from '../auth/session'
import { seesMonitoring, useMonitoringScope } from '../monitoring/monitoring-scope'

/** 全流程追踪 link for people with a monitoring scope (the server still checks the case is in it). */
export function TraceLink(props: { caseId: string }) {
  const { t } = useI18n()
  const { me } = useReadySession()
  const { scope } = useMonitoringScope(me)
  if (!seesMonitoring(scope)) return null
  return (
    <Link to={`/monitoring/cases/${encodeURIComponent(props.caseId)}/trace`} data-testid="open-trace">
      <NodeIndexOutlined /> {t('trace.open')}
    </Link>
  )
}
