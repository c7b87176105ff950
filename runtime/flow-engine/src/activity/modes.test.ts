import type { Activity } from '../types'
import { MODES, slotOutcome, type SlotOutcome } from './modes'

const act = (mode: Activity['mode'], extra: Partial<Activity> = {}): Activity => ({
  id: 'a',
  nodeId: 'n',
  tokenId: 'k',
  mode,
  anyRejectionEnds: mode !== 'ratio',
  slots: [],
  enteredAt: '',
  reminders: 0,
  ...extra,
})
const o = (...x: SlotOutcome[]) => x

describe('multi-approver modes', () => {
  it('sequential decides on the first rejection or when all approved; only the first pending slot acts', () => {
    expect(MODES.sequential.decide(o('approved', 'pending'), act('sequential'))).toBeNull()
    expect(MODES.sequential.decide(o('approved', 'rejected', 'pending'), act('sequential'))).toBe('rejected')
    expect(MODES.sequential.decide(o('approved', 'approved'), act('sequential'))).toBe('approved')
    expect([0, 1, 2].map((i) => MODES.sequential.active(i, o('approved', 'pending', 'pending')))).toEqual([false, true, false])
  })
  it('all: one rejection ends by default; otherwise waits for everyone', () => {
    expect(MODES.all.decide(o('rejected', 'pending'), act('all'))).toBe('rejected')
    expect(MODES.all.decide(o('rejected', 'pending'), act('all', { anyRejectionEnds: false }))).toBeNull()
    expect(MODES.all.decide(o('rejected', 'approved'), act('all', { anyRejectionEnds: false }))).toBe('rejected')
  })
  it('any: the first decision decides', () => {
    expect(MODES.any.decide(o('pending', 'approved'), act('any'))).toBe('approved')
    expect(MODES.any.decide(o('rejected', 'pending'), act('any'))).toBe('rejected')
  })
  it('ratio: approved at the ratio, rejected when it is out of reach', () => {
    const a = act('ratio', { ratio: 2 / 3 })
    expect(MODES.ratio.decide(o('approved', 'approved', 'pending'), a)).toBe('approved')
    expect(MODES.ratio.decide(o('approved', 'rejected', 'pending'), a)).toBeNull()
    expect(MODES.ratio.decide(o('rejected', 'rejected', 'pending'), a)).toBe('rejected')
  })
  it('a slot is rejected by any rejection in its chain, pending while someone has to act', () => {
    expect(slotOutcome({ chain: [{ personId: 'a', status: 'approved' }, { personId: 'b', status: 'pending' }] })).toBe('pending')
    expect(slotOutcome({ chain: [{ personId: 'a', status: 'approved' }, { personId: 'b', status: 'removed' }] })).toBe('approved')
    expect(slotOutcome({ chain: [{ personId: 'a', status: 'auto-rejected' }] })).toBe('rejected')
  })
})
