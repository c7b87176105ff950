import { Result } from 'antd'
import type { ReactNode } from 'react'
import { useSession } from '../auth/session-context'
import { useI18n } from '../../shared/i18n'
import { canAdministerCalendars } from './access'

/** Only administrators reach the calendar pages (the server asks `directory:write` for changes). */
export function CalendarAccess({ children }: { children: ReactNode }) {
  const { user, status } = useSession()
  const { tx } = useI18n()
  if (status === 'checking') return null
  if (!canAdministerCalendars(user))
    return (
      <Forbidden
        text={tx('只有系统管理员可以管理工作日历', 'Only administrators manage working calendars')}
      />
    )
  return <>{children}</>
}

/** The 403 page of the calendar feature (also shown when the server refuses). */
export function Forbidden({ text }: { text: string }) {
  return (
    <div data-testid="calendars-forbidden">
      <Result status="403" title="403" subTitle={text} />
    </div>
  )
}

/** The server said 403. */
export function isForbidden(err: unknown): boolean {
  return (err as { status?: number } | undefined)?.status === 403
}
