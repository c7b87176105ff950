import type { CaseStatus, FlowDocument } from '@tongban/schemas'
import type { CaseAction } from '../../api/types'

/**
 * What the applicant may do with their case now: 补正 → resubmit; in progress → urge, withdraw
 * (when the flow allows); cancel while not finished (when allowed); comment while open.
 */
export function applicantActions(
  status: CaseStatus,
  isApplicant: boolean,
  settings: FlowDocument['settings'] | undefined,
): CaseAction[] {
  if (!isApplicant) return []
  const s = (settings ?? {}) as { allowWithdraw?: boolean; allowCancel?: boolean }
  const out: CaseAction[] = []
  if (status === 'returned') out.push('resubmit')
  if (status === 'in-progress') {
    out.push('urge')
    if (s.allowWithdraw !== false) out.push('withdraw')
  }
  if ((status === 'in-progress' || status === 'returned') && s.allowCancel !== false) out.push('cancel')
  if (status === 'in-progress' || status === 'returned') out.push('comment')
  return out
}
