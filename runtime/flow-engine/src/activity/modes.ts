import type { MultiApproverMode } from '@tongban/schemas'
import type { Activity, Slot } from '../types'

export type SlotOutcome = 'approved' | 'rejected' | 'pending'
export type NodeDecision = 'approved' | 'rejected' | null

/** How one multi-approver mode decides a node and which slots may act now. */
export interface ModeRule {
  decide(outcomes: readonly SlotOutcome[], activity: Activity): NodeDecision
  /** Whether the slot at `index` may have an open task now. */
  active(index: number, outcomes: readonly SlotOutcome[]): boolean
}

const count = (o: readonly SlotOutcome[], v: SlotOutcome) => o.filter((x) => x === v).length

export const MODES: Record<MultiApproverMode, ModeRule> = {
  /** 依次审批: slot after slot; any rejection decides. */
  sequential: {
    decide: (o) => (count(o, 'rejected') > 0 ? 'rejected' : count(o, 'approved') === o.length ? 'approved' : null),
    active: (index, o) => o.findIndex((x) => x === 'pending') === index,
  },
  /** 会签: everyone approves; by default the first rejection rejects. */
  all: {
    decide: (o, a) => {
      const r = count(o, 'rejected')
      if (r > 0 && a.anyRejectionEnds) return 'rejected'
      if (count(o, 'pending') > 0) return null
      return r > 0 ? 'rejected' : 'approved'
    },
    active: () => true,
  },
  /** 或签: the first decision decides. */
  any: {
    decide: (o) => (count(o, 'approved') > 0 ? 'approved' : count(o, 'rejected') > 0 ? 'rejected' : null),
    active: () => true,
  },
  /** 比例会签: approved at `ratio` of approvals, rejected once that can no longer happen. */
  ratio: {
    decide: (o, a) => {
      const need = a.ratio ?? 1
      const n = o.length
      const yes = count(o, 'approved')
      const no = count(o, 'rejected')
      if (no > 0 && a.anyRejectionEnds) return 'rejected'
      if (yes / n >= need - 1e-9) return 'approved'
      if ((n - no) / n < need - 1e-9) return 'rejected'
      return null
    },
    active: () => true,
  },
}

/** A slot's outcome: its chain decides in order; any rejection rejects the slot. */
export function slotOutcome(slot: Slot): SlotOutcome {
  let pending = false
  for (const s of slot.chain) {
    if (s.status === 'rejected' || s.status === 'auto-rejected') return 'rejected'
    if (s.status === 'pending' || s.status === 'open') pending = true
  }
  return pending ? 'pending' : 'approved'
}
