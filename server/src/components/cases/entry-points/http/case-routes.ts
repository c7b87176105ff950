import { Type } from '@sinclair/typebox'
import { nodeFieldAccess } from '@tongban/flow-engine'
import { Id } from '@tongban/schemas'
import { seesEverything } from '../../../../libraries/auth/principal'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { actOnCase } from '../../../tasks/domain/act-on-task'
import { CaseActionBody } from '../../../tasks/domain/build-command'
import { actionRequest, send } from '../../../tasks/entry-points/http/task-routes'
import {
  CASE_COLUMNS,
  findCase,
  listCaseTasks,
  listEvents,
  toCaseRecord,
  type CaseRow,
} from '../../data-access/case-repository'
import type { CaseDeps } from '../../domain/case-deps'
import { caseScope, mayReadCase } from '../../domain/case-scope'
import { startNewCase, type StartCaseRequest } from '../../domain/start-new-case'
import { materialChecklist } from '../../../attachments/domain/material-checklist'

const StartCaseBody = Type.Object(
  {
    matterId: Id,
    data: Type.Record(Type.String(), Type.Unknown()),
    /** false: save as a draft; true (default): submit. */
    submit: Type.Optional(Type.Boolean()),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    chosenAssignees: Type.Optional(Type.Record(Type.String(), Type.Array(Id))),
  },
  { additionalProperties: false },
)

export function caseRoutes(deps: CaseDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/cases',
      summary:
        '申请办件（草稿或直接提交），服务端按表单规则校验 / Start a case (draft or submit), validated with the form rules',
      tag: 'cases',
      access: 'cases:create',
      body: StartCaseBody,
      bodyName: 'StartCaseRequest',
      bodyLimit: 2 * 1024 * 1024,
      success: { status: 201, description: 'the case record' },
      handler: (req) => {
        const body = req.body as Omit<StartCaseRequest, 'submit'> & { submit?: boolean }
        return startNewCase(deps, principalOf(req), metaOf(req), { ...body, submit: body.submit ?? true })
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases',
      summary: "办件查询（按数据范围：本人、参与、监管地区） / Cases in the caller's data scope",
      tag: 'cases',
      access: 'cases:read',
      query: [
        { name: 'status', description: '状态' },
        { name: 'matterId', description: '事项' },
        { name: 'card', description: '亮牌', enum: ['none', 'yellow', 'red'] },
        { name: 'q', description: '标题或编号包含' },
        { name: 'limit', description: '每页（最多 100）' },
        { name: 'offset', description: '偏移' },
      ],
      handler: async (req) => {
        const scope = await caseScope(deps.pool, principalOf(req), 1)
        const args = [...scope.args]
        const where = [scope.sql]
        const add = (sql: string, v: string | undefined) => {
          if (v === undefined) return
          args.push(v)
          where.push(sql.replace(/\?/g, `$${args.length}`))
        }
        add('c.status = ?', queryString(req, 'status'))
        add('c.matter_id = ?', queryString(req, 'matterId'))
        add('c.card = ?', queryString(req, 'card'))
        add(`(c.title ILIKE '%' || ? || '%' OR c.no ILIKE '%' || ? || '%')`, queryString(req, 'q'))
        const clause = where.join(' AND ')
        const total = await deps.pool.query(`SELECT count(*)::int AS n FROM cases c WHERE ${clause}`, args)
        const limit = queryInt(req, 'limit', 20, 100)
        const offset = queryInt(req, 'offset', 0)
        const { rows } = await deps.pool.query(
          `SELECT ${CASE_COLUMNS} FROM cases c WHERE ${clause} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit} OFFSET ${offset}`,
          args,
        )
        return { total: total.rows[0]?.n ?? 0, limit, offset, items: (rows as CaseRow[]).map(toCaseRecord) }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/:id',
      summary:
        '办件详情：记录、待办、时间线、流程与当前位置 / A case with tasks, timeline, flow and current position',
      tag: 'cases',
      access: 'cases:read',
      handler: async (req) => {
        const id = param(req, 'id')
        const p = principalOf(req)
        // Not in scope and not existing look the same: no hint about other departments' cases.
        if (!(await mayReadCase(deps.pool, p, id))) throw errors.notFound('办件', 'Case', id)
        const row = (await findCase(deps.pool, id, false)) as CaseRow
        const bundle = await deps.bundles.get(deps.pool, row.matterId, row.matterVersion)
        const tasks = await listCaseTasks(deps.pool, id)
        const events = (await listEvents(deps.pool, id)).filter((e) => e.type !== 'directory.resolved')
        const record = toCaseRecord(row)
        const mine = tasks.filter((t) => t.assigneeId === p.personId)
        const fullView = seesEverything(p) || row.applicantId === p.personId || p.roles.includes('supervisor')
        let editable: string[] = []
        if (!fullView && mine.length) {
          // A participant sees the fields their nodes show, and edits those of their open task's node.
          const visible = new Set(mine.flatMap((t) => nodeFieldAccess(bundle, t.nodeId).visible))
          record.data = Object.fromEntries(Object.entries(record.data).filter(([k]) => visible.has(k)))
        }
        // A 抄送 is for reading: it is not the viewer's work on the case and edits nothing.
        const open = mine.find((t) => t.status === 'open' && t.kind !== 'cc')
        if (open) editable = nodeFieldAccess(bundle, open.nodeId).editable
        const unreadCcTaskIds = mine.filter((t) => t.kind === 'cc' && t.status === 'open').map((t) => t.id)
        return {
          case: record,
          matter: {
            id: bundle.matter.id,
            code: bundle.matter.code,
            name: bundle.matter.name,
            version: bundle.version,
          },
          form: bundle.form,
          flow: {
            nodes: bundle.flow.nodes,
            edges: bundle.flow.edges,
            settings: bundle.flow.settings,
            layout: bundle.layout ?? null,
          },
          currentNodeIds: record.currentNodeIds,
          // The pinned version's materials (申请材料) as a checklist with the files for each.
          materials: materialChecklist(bundle.matter.materials, row.attachments, row.data),
          tasks,
          timeline: events,
          viewer: { openTaskId: open?.id ?? null, editableFields: editable, unreadCcTaskIds },
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/:id/actions',
      summary:
        '办件操作：提交草稿、补正后重新提交、撤回、取消、催办、评论、抄送（支持 Idempotency-Key） / Case-level actions',
      tag: 'cases',
      access: 'cases:read',
      body: CaseActionBody,
      bodyName: 'CaseActionRequest',
      bodyLimit: 2 * 1024 * 1024,
      handler: async (req, res) => {
        send(res, await actOnCase(deps, param(req, 'id'), req.body as CaseActionBody, actionRequest(req)))
      },
    }),
  ]
}
