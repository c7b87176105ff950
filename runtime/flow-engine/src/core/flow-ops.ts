import type { FlowNode } from '@tongban/schemas'
import { omit } from './omit'
import type { Token } from '../types'
import { outgoingOf } from './compile-flow'
import { fault } from './fault'
import type { Run } from './run'
import { scopeKey } from './scope'

/** Record that a token passed an automatic node. */
export function passNode(
  run: Run,
  token: Token,
  node: FlowNode,
  outcome: 'passed' | 'skipped' = 'passed',
  data: Record<string, unknown> = {},
): void {
  run.pushPath({ nodeId: node.id, type: node.type, scope: scopeKey(token.stack), outcome, since: token.since })
  run.event(outcome === 'skipped' ? 'node.skipped' : 'node.completed', { nodeId: node.id, data: { tokenId: token.id, ...data } })
}

/**
 * Leave a node along its outgoing edges: one edge moves the token; several (only on a node that is
 * not a split) fork implicitly, like BPMN.
 */
export function leave(run: Run, token: Token, node: FlowNode): void {
  const edges = outgoingOf(run.flow, node.id)
  if (edges.length === 0)
    fault('flow.dead-end', 422, `节点“${node.name}”没有出口`, `Node "${node.name}" has no outgoing edge`)
  if (edges.length === 1) run.moveTo(token, edges[0]!.target)
  else fork(run, token, node, edges.map((e) => e.target))
}

/**
 * Split a token into one branch per target. The fork remembers how many branches it started; the
 * join it reaches fires once that many have arrived (see ARCHITECTURE.md, join counting).
 */
export function fork(run: Run, token: Token, node: FlowNode, targets: string[]): void {
  const forkId = run.id('fork')
  run.state.forks[forkId] = {
    id: forkId,
    splitNodeId: node.id,
    expected: targets.length,
    arrived: [],
    parentStack: token.stack,
    since: token.since,
  }
  run.removeToken(token)
  if (node.type === 'parallel-split' || node.type === 'inclusive-split')
    run.pushPath({ nodeId: node.id, type: node.type, scope: scopeKey(token.stack), outcome: 'passed', since: token.since })
  run.event('node.completed', { nodeId: node.id, data: { tokenId: token.id, fork: forkId, branches: targets } })
  targets.forEach((target, branch) => {
    const child = run.newToken(target, [...token.stack, { fork: forkId, branch }], token.since, token.lastApprovers)
    run.moveTo(child, target)
  })
}

/**
 * A token reaches a join: it pops its innermost fork frame and is consumed. The arrival that
 * completes the fork's count fires the join exactly once, with a fresh token in the parent scope.
 */
export function arriveAtJoin(run: Run, token: Token, node: FlowNode): void {
  const frame = token.stack[token.stack.length - 1]
  if (!frame) {
    // A join reached outside any fork merges nothing: pass through.
    passNode(run, token, node)
    leave(run, token, node)
    return
  }
  const f = run.state.forks[frame.fork]
  if (!f) fault('flow.join-without-fork', 422, `汇聚节点“${node.name}”找不到对应的分支`, `Join "${node.name}" has no open fork`)
  if (f.arrived.some((a) => a.branch === frame.branch))
    fault('flow.join-twice', 422, `分支重复到达汇聚节点“${node.name}”`, `A branch reached join "${node.name}" twice`)
  f.arrived.push({ branch: frame.branch, since: token.since })
  run.removeToken(token)
  if (f.arrived.length < f.expected) return
  run.state.forks = omit(run.state.forks, f.id)
  const joined = run.newToken(node.id, f.parentStack, 0, [])
  const entry = run.pushPath({ nodeId: node.id, type: node.type, scope: scopeKey(f.parentStack), outcome: 'passed', since: f.since })
  // A join is a barrier for 撤回: decisions before it cannot be taken back once it fired.
  joined.since = entry.i
  run.event('node.completed', { nodeId: node.id, data: { tokenId: joined.id, fork: f.id } })
  leave(run, joined, node)
}
