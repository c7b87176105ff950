import type { DirectoryLookup, DirectoryPort } from '../types'
import { recordingDirectory, replayDirectory } from './recording-directory'

const port: DirectoryPort = {
  primaryOrgId: () => 'o1',
  parentOrgId: () => null,
  orgHeadId: (o) => `head-of-${o}`,
  orgLeaderId: () => null,
  peopleWithRole: () => ['p1', 'p2'],
  isActivePerson: () => true,
  adminIds: () => ['admin'],
}

describe('recording and replaying directory answers', () => {
  it('records each distinct question once, in order, and replays them', () => {
    const log: DirectoryLookup[] = []
    const rec = recordingDirectory(port, log)
    expect(rec.orgHeadId('o1')).toBe('head-of-o1')
    expect(rec.orgHeadId('o1')).toBe('head-of-o1')
    expect(rec.peopleWithRole('r', 'o1', true)).toEqual(['p1', 'p2'])
    expect(log).toEqual([
      { q: 'orgHeadId', args: ['o1'], answer: 'head-of-o1' },
      { q: 'peopleWithRole', args: ['r', 'o1', true], answer: ['p1', 'p2'] },
    ])
    const again = replayDirectory(log)
    expect(again.orgHeadId('o1')).toBe('head-of-o1')
    expect(again.peopleWithRole('r', 'o1', true)).toEqual(['p1', 'p2'])
  })
  it('refuses a question that was not recorded (non-determinism)', () => {
    expect(() => replayDirectory([]).adminIds()).toThrow(/unexpected directory question/)
  })
})
