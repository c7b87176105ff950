import type { ForkFrame, PathEntry, Token } from '../types'
import { omit } from './omit'
import { killToken } from './cancel'
import { fault } from './fault'
import type { Run } from './run'
import { commonPrefix, parseScope, scopeKey, startsWith } from './scope'

const RETURNABLE = new Set(['approval', 'handle', 'start'])

/**
 * The latest visit of `nodeId` that a token at `stack` may return to, or a refusal reason.
 * A target is on the branch's taken path when its scope and the token's share a prefix P and the
 * frames after P are not two live branches of the same fork (a sibling branch is not "earlier").
 */
export function findReturnTarget(
  run: Run,
  stack: readonly ForkFrame[],
  nodeId: string,
): { entry: PathEntry; prefix: number } | { reason: 'not-visited' | 'not-returnable' | 'other-branch' } {
  let entry: PathEntry | undefined
  for (let i = run.state.path.length - 1; i >= 0; i--) {
    const e = run.state.path[i]!
    if (e.nodeId === nodeId && !e.undone) {
      entry = e
      break
    }
  }
  if (!entry) return { reason: 'not-visited' }
  if (!RETURNABLE.has(entry.type) || entry.outcome === 'skipped') return { reason: 'not-returnable' }
  const target = parseScope(entry.scope)
  const p = commonPrefix(stack, target)
  if (p < stack.length && p < target.length && stack[p]!.fork === target[p]!.fork) return { reason: 'other-branch' }
  return { entry, prefix: p }
}

/**
 * 退回 to an earlier node. Everything running inside the common scope of the returning branch and
 * the target stops (tokens, tasks, timers, child cases, forks opened there); path entries after
 * the target in that scope are undone; one token re-enters the target. When the target sits
 * inside a parallel block that has already joined, that branch re-runs alone: fresh forks expecting
 * one branch each, so the join fires again exactly once.
 */
export function returnToNode(run: Run, token: Token, nodeId: string, why: 'return' | 'rejection' | 'withdraw'): void {
  const found = findReturnTarget(run, token.stack, nodeId)
  if ('reason' in found) refuseReturn(found.reason, nodeId)
  const { entry, prefix } = found
  const scope = token.stack.slice(0, prefix)
  rewind(run, scope, entry.i)
  const target = parseScope(entry.scope)
  const stack = scope.slice()
  for (let i = prefix; i < target.length; i++) {
    const id = run.id('fork')
    run.state.forks[id] = { id, splitNodeId: '', expected: 1, arrived: [], parentStack: stack.slice(), since: entry.since }
    stack.push({ fork: id, branch: 0 })
  }
  const fresh = run.newToken(nodeId, stack, entry.since, [])
  run.event('case.returned', { nodeId, data: { from: token.nodeId, to: nodeId, why, tokenId: fresh.id } })
  const name = run.flow.nodes.get(nodeId)?.name ?? nodeId
  run.notify('returned', [run.state.applicant.id], `您的办件被退回至“${name}”重新办理`, `Your case was sent back to "${name}"`, { nodeId })
  run.moveTo(fresh, nodeId)
}

/**
 * Stop everything inside `scope` and undo the path from entry `fromIndex` on within it.
 * Tokens of other branches (outside the scope) keep running; their forks keep their counts.
 */
export function rewind(run: Run, scope: readonly ForkFrame[], fromIndex: number): void {
  for (const t of [...run.state.tokens]) if (startsWith(t.stack, scope)) killToken(run, t)
  for (const f of Object.values(run.state.forks))
    if (startsWith(f.parentStack, scope)) run.state.forks = omit(run.state.forks, f.id)
  const key = scopeKey(scope)
  for (const e of run.state.path)
    if (e.i >= fromIndex && !e.undone && (key === '' || e.scope === key || e.scope.startsWith(key + '/'))) run.undo(e.i)
}

export function refuseReturn(reason: 'not-visited' | 'not-returnable' | 'other-branch', nodeId: string): never {
  const texts = {
    'not-visited': ['退回目标不在已走过的路径上', 'The target is not on the path taken'],
    'not-returnable': ['只能退回到审批、办理环节或申请人', 'Only approval/handle nodes or the applicant can be returned to'],
    'other-branch': ['不能退回到并行的其他分支', 'Cannot return into a parallel sibling branch'],
  } as const
  const [zh, en] = texts[reason]
  return fault(`return.${reason}`, 422, `${zh}（${nodeId}）`, `${en} (${nodeId})`)
}
