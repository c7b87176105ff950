import type { HumanTaskNode } from '@tongban/schemas'
import { impliesSequence, resolveAssignees } from '../assignees/rules'
import { addDuration, thresholdInstant } from '../calendar'
import { finishCase } from '../core/finish'
import { leave, passNode } from '../core/flow-ops'
import type { Run } from '../core/run'
import type { Activity, Signer, Token } from '../types'
import { evaluate } from './activity'

/**
 * A token enters an approval or handle node: resolve the assignees, apply the node's policies
 * (empty assignee, applicant is approver, duplicate approver), open the tasks the mode allows and
 * arm the node's deadline timers.
 */
export function enterHuman(run: Run, token: Token, node: HumanTaskNode): void {
  const policies = node.policies ?? {}
  let people = resolveAssignees(run, node.assignees, node.id)
  let emptyNote: string | undefined
  if (people.length === 0) {
    const empty = policies.emptyAssignee ?? { action: 'assign-admin' }
    if (empty.action === 'auto-approve') return skip(run, token, node, 'no-assignee')
    if (empty.action === 'auto-reject') return finishCase(run, 'rejected', { nodeId: node.id, reason: 'no-assignee' })
    if (empty.action === 'assign-to') people = (empty.personIds ?? []).filter((p) => run.directory.isActivePerson(p))
    if (people.length === 0) people = admins(run)
    if (people.length === 0) return skip(run, token, node, 'no-assignee')
    emptyNote = empty.action
  }

  const signers: Signer[] = []
  const approvedBefore = policies.duplicateApprover === 'once' ? approvedInCase(run) : undefined
  for (const person of people) {
    let personId = person
    let status: Signer['status'] = 'pending'
    if (personId === run.state.applicant.id) {
      const rule = policies.applicantIsApprover ?? 'self-approve'
      if (rule === 'skip') status = 'auto-approved'
      if (rule === 'assign-head') {
        const head = headAboveApplicant(run)
        if (head) personId = head
        else status = 'auto-approved'
      }
    }
    if (status === 'pending' && approvedBefore?.has(personId)) status = 'auto-approved'
    if (status === 'pending' && policies.duplicateApprover === 'consecutive' && token.lastApprovers.includes(personId))
      status = 'auto-approved'
    if (signers.some((s) => s.personId === personId)) continue
    signers.push({ personId, status })
  }

  const mode = node.multi?.mode ?? (impliesSequence(node.assignees) ? 'sequential' : 'any')
  const activity: Activity = {
    id: run.id('activity'),
    nodeId: node.id,
    tokenId: token.id,
    mode,
    anyRejectionEnds: node.multi?.anyRejectionEnds ?? mode !== 'ratio',
    slots: signers.map((s) => ({ chain: [s] })),
    enteredAt: run.now,
    reminders: 0,
  }
  if (node.multi?.ratio !== undefined) activity.ratio = node.multi.ratio
  if (node.timeLimit) activity.dueAt = addDuration(run.ctx.calendar, run.now, node.timeLimit)
  run.state.activities[activity.id] = activity
  token.wait = { kind: 'activity', activityId: activity.id }
  if (emptyNote) run.event('directory.resolved', { nodeId: node.id, data: { emptyAssignee: emptyNote, people } })

  for (const s of signers) {
    if (s.status !== 'auto-approved') continue
    const task = run.createTask(node, s.personId, node.type, 'waiting', activity.dueAt)
    s.taskId = task.id
    run.closeTask(task.id, 'completed', 'auto-approved', '系统自动通过 / approved automatically')
  }
  if (activity.dueAt) {
    const refs = { activityId: activity.id, nodeId: node.id }
    const share = run.bundle.matter.timeLimits.yellowAt ?? run.ctx.settings?.yellowAt ?? 0.8
    const yellow = thresholdInstant(run.ctx.calendar, run.now, activity.dueAt, share)
    if (yellow > run.now && yellow < activity.dueAt) run.setTimer('task-yellow', yellow, refs)
    run.setTimer('task-due', activity.dueAt, refs)
  }
  evaluate(run, activity)
}

// helpers

function skip(run: Run, token: Token, node: HumanTaskNode, reason: string): void {
  passNode(run, token, node, 'skipped', { reason })
  leave(run, token, node)
}

function admins(run: Run): string[] {
  const list = [...(run.ctx.settings?.adminIds ?? []), ...run.directory.adminIds()]
  return [...new Set(list)]
}

/** People who approved (by hand) earlier in this case, on the path still taken. */
function approvedInCase(run: Run): Set<string> {
  const set = new Set<string>()
  for (const e of run.state.path) {
    if (e.undone || e.outcome !== 'approved' || !e.activity) continue
    for (const slot of e.activity.slots) for (const s of slot.chain) if (s.status === 'approved') set.add(s.personId)
  }
  return set
}

/** The head of the applicant's department, or the next level up when the applicant is the head. */
function headAboveApplicant(run: Run): string | null {
  let org: string | null = run.state.applicant.orgId
  for (let i = 0; i < 10 && org; i++) {
    const head = run.directory.orgHeadId(org)
    if (head && head !== run.state.applicant.id) return head
    org = run.directory.parentOrgId(org)
  }
  return null
}
