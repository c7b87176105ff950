import type { Card, CaseStatus } from '@tongban/schemas'
import { Tag } from 'antd'
import { useI18n } from '../i18n/i18n'

const STATUS_COLOURS: Record<CaseStatus, string> = {
  draft: 'default',
  'in-progress': 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  cancelled: 'default',
  completed: 'success',
  archived: 'default',
}

export function StatusTag(props: { status: CaseStatus }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_COLOURS[props.status]} data-testid="case-status" data-status={props.status}>
      {t(`status.${props.status}`)}
    </Tag>
  )
}

/** 亮牌: yellow when a deadline nears, red when it has passed. Nothing for `none`. */
export function CardBadge(props: { card: Card | undefined }) {
  const { t } = useI18n()
  if (!props.card || props.card === 'none') return null
  return (
    <Tag color={props.card === 'red' ? 'red' : 'gold'} data-testid="deadline-card" data-card={props.card}>
      {t(`card.${props.card}`)}
    </Tag>
  )
}

/** `2026-03-02T08:00:00Z` → `2026-03-02 16:00` in the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
