import type { FlowNode, MatterBundle } from '@tongban/schemas'
import { FINISHED_CASE_STATUSES } from '@tongban/schemas'
import { cancelWait } from '../core/cancel'
import { compileFlow } from '../core/compile-flow'
import { drain } from '../core/drain'
import { execute } from '../engine/execute'
import type { Run } from '../core/run'
import type { CaseState, EngineContext, MigrationReport, MigrationResult, Token, Wait } from '../types'

/** Which node types can hold a token waiting for what. */
const WAIT_NODE: Record<Wait['kind'], readonly string[]> = {
  activity: ['approval', 'handle'],
  timer: ['timer'],
  callback: ['service'],
  subflow: ['subflow'],
}

/**
 * Move a running case to another version of its matter. `nodeMapping` maps old node ids to new ones
 * (unmapped ids map to themselves). A waiting branch whose node keeps its type and its
 * assignment (assignees, mode, policies, time limit) keeps its tasks; any other is re-entered on
 * the new node (old tasks cancelled, new ones created). Path entries are renamed so returns keep
 * working. With `dryRun` the report tells what would happen; state, effects and events are the
 * input state and nothing.
 *
 * @example migrateCase(state, v1, v2, { review: 'review2' }, ctx, { dryRun: true }).report.moves
 */
export function migrateCase(
  state: CaseState,
  fromBundle: MatterBundle,
  toBundle: MatterBundle,
  nodeMapping: Record<string, string>,
  ctx: EngineContext,
  options: { dryRun: boolean },
): MigrationResult {
  const report: MigrationReport = {
    caseId: state.caseId,
    fromVersion: state.matter.version,
    toVersion: toBundle.version,
    moves: [],
    cancelledTaskIds: [],
    createdTaskIds: [],
    issues: [],
  }
  const fromFlow = compileFlow(fromBundle)
  const toFlow = compileFlow(toBundle)
  const map = (id: string) => nodeMapping[id] ?? id
  if (state.matter.version !== fromBundle.version || state.matter.code !== fromBundle.matter.code)
    report.issues.push(issue('migration.wrong-source', '办件不在源版本上', 'The case is not on the source version'))
  if (toBundle.matter.code !== fromBundle.matter.code)
    report.issues.push(issue('migration.other-matter', '只能迁移到同一事项的其他版本', 'Can only migrate to a version of the same matter'))
  if (FINISHED_CASE_STATUSES.includes(state.status))
    report.issues.push(issue('migration.finished', '已办结的办件不能迁移', 'A finished case cannot be migrated'))
  const tokens = [...state.tokens, ...(state.correction?.parked ?? [])]
  for (const token of tokens) {
    const to = map(token.nodeId)
    const node = toFlow.nodes.get(to)
    if (!node) {
      report.issues.push(issue('migration.unmapped-node', `节点 ${token.nodeId} 在新版本中不存在，请提供映射`, `Node ${token.nodeId} does not exist in the new version; map it`, token.nodeId))
      continue
    }
    if (token.wait && !WAIT_NODE[token.wait.kind].includes(node.type) && token.wait.kind !== 'activity')
      report.issues.push(issue('migration.incompatible-wait', `节点 ${token.nodeId} 正在等待外部结果，不能改成 ${node.type}`, `Node ${token.nodeId} waits for an outside answer and cannot become ${node.type}`, token.nodeId))
    report.moves.push({ tokenId: token.id, from: token.nodeId, to, kept: sameAssignment(fromFlow.nodes.get(token.nodeId), node) })
  }
  if (report.issues.length > 0)
    return {
      ok: false,
      report,
      error: { code: 'migration.invalid', status: 422, message: '迁移不可执行', messageEn: 'The migration cannot be applied', details: report.issues.map((i) => ({ path: i.nodeId ? `/nodes/${i.nodeId}` : '/', code: i.code, message: i.message, messageEn: i.messageEn })) },
    }

  const result = execute(toBundle, { ...state, matter: { id: toBundle.matter.id, code: toBundle.matter.code, version: toBundle.version } }, ctx, null, { type: 'migrate', fromVersion: state.matter.version, toVersion: toBundle.version, nodeMapping }, (run) => {
    run.event('case.migrated', { data: { fromVersion: state.matter.version, toVersion: toBundle.version, moves: report.moves } })
    for (let i = 0; i < run.state.path.length; i++) {
      const e = run.state.path[i]!
      const to = map(e.nodeId)
      if (to !== e.nodeId) run.state.path[i] = { ...e, nodeId: to }
    }
    for (const f of Object.values(run.state.forks)) if (f.splitNodeId) f.splitNodeId = map(f.splitNodeId)
    for (const move of report.moves) {
      const token = run.state.tokens.find((t) => t.id === move.tokenId) ?? run.state.correction?.parked.find((t) => t.id === move.tokenId)
      if (token) migrateToken(run, token, move.to, move.kept, report)
    }
    drain(run)
  })
  if (!result.ok) return { ok: false, report, error: result.error }
  for (const eff of result.effects)
    if (eff.kind === 'task.upsert' && eff.task.status === 'cancelled') report.cancelledTaskIds.push(eff.task.id)
    else if (eff.kind === 'task.upsert' && eff.task.status === 'open' && !report.createdTaskIds.includes(eff.task.id) && !Object.prototype.hasOwnProperty.call(state.tasks, eff.task.id))
      report.createdTaskIds.push(eff.task.id)
  if (options.dryRun) return { ok: true, report, state, effects: [], events: [] }
  return { ok: true, report, state: result.state, effects: result.effects, events: result.events }
}

function migrateToken(run: Run, token: Token, to: string, kept: boolean, _report: MigrationReport): void {
  const parked = run.state.correction?.parked.includes(token) ?? false
  if (kept) {
    token.nodeId = to
    if (token.wait?.kind === 'activity') {
      const activity = run.state.activities[token.wait.activityId]
      if (activity) {
        activity.nodeId = to
        const node = run.flow.nodes.get(to)!
        for (const slot of activity.slots)
          for (const s of slot.chain) {
            const task = s.taskId ? run.state.tasks[s.taskId] : undefined
            if (task && (task.nodeId !== to || task.nodeName !== node.name))
              run.updateTask(task.id, (t) => {
                t.nodeId = to
                t.nodeName = node.name
              })
          }
      }
    }
    for (const t of Object.values(run.state.timers))
      if (t.tokenId === token.id || (token.wait?.kind === 'activity' && t.activityId === token.wait.activityId))
        run.state.timers[t.id] = { ...t, nodeId: to }
    return
  }
  cancelWait(run, token)
  if (parked) token.nodeId = to
  else run.moveTo(token, to)
}

/** Same node type and the same assignment: the waiting tasks can stay. */
function sameAssignment(a: FlowNode | undefined, b: FlowNode): boolean {
  if (!a || a.type !== b.type) return false
  if ((a.type === 'approval' || a.type === 'handle') && (b.type === 'approval' || b.type === 'handle'))
    return (
      JSON.stringify([a.assignees, a.multi, a.policies, a.timeLimit]) === JSON.stringify([b.assignees, b.multi, b.policies, b.timeLimit])
    )
  return true
}

function issue(code: string, message: string, messageEn: string, nodeId?: string) {
  return nodeId ? { code, message, messageEn, nodeId } : { code, message, messageEn }
}
