import type { Request, Response } from 'express'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { sendWriteJson } from '../../../../libraries/http/send-json'
import type { CaseDeps } from '../../../cases/domain/case-deps'
import { BOXES, COUNT_CAP, boxCounts, listBox, type Box } from '../../data-access/inbox-repository'
import { actOnTask } from '../../domain/act-on-task'
import { TaskActionBody } from '../../domain/build-command'
import { idempotencyKeyOf, type StoredResponse } from '../../domain/idempotency'
import { markAllCcRead, markCcRead, READ_ALL_LIMIT } from '../../domain/mark-cc-read'

export function taskRoutes(deps: CaseDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/tasks',
      summary:
        '我的事务：待办 todo / 已办 done / 我发起的 started / 抄送 cc，可筛选分页 / Inbox boxes with filters and paging',
      tag: 'tasks',
      access: 'tasks:read',
      query: [
        { name: 'box', description: '盒子', enum: [...BOXES] },
        { name: 'matterId', description: '事项' },
        { name: 'status', description: '办件状态' },
        { name: 'card', description: '亮牌', enum: ['none', 'yellow', 'red'] },
        { name: 'q', description: '标题或编号包含' },
        { name: 'unread', description: '抄送我的：仅未读（1/true）', enum: ['1', 'true'] },
        { name: 'limit', description: '每页（最多 100）' },
        { name: 'offset', description: '偏移（最多 1000）' },
      ],
      handler: async (req) => {
        const box = (queryString(req, 'box') ?? 'todo') as Box
        if (!BOXES.includes(box))
          throw errors.validation([
            {
              path: '/query/box',
              code: 'query.enum',
              message: `box 只能是 ${BOXES.join('/')}`,
              messageEn: `box must be one of ${BOXES.join(', ')}`,
            },
          ])
        const p = principalOf(req)
        if (!p.personId) return { box, total: 0, totalCapped: false, items: [] }
        const limit = queryInt(req, 'limit', 20, 100)
        // Totals stop at COUNT_CAP, and so does paging: a deeper offset would read (and throw away)
        // every row before it. Past that, people filter.
        const offset = queryInt(req, 'offset', 0, COUNT_CAP)
        const page = await listBox(deps.pool, {
          personId: p.personId,
          box,
          matterId: queryString(req, 'matterId'),
          status: queryString(req, 'status'),
          card: queryString(req, 'card'),
          q: queryString(req, 'q'),
          unread: ['1', 'true'].includes(queryString(req, 'unread') ?? ''),
          limit,
          offset,
        })
        return { box, limit, offset, ...page }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/tasks/counts',
      summary:
        '各盒子数量（每盒最多计到 1000，capped 列出达到上限的盒子） / Counts of every box (each stops at 1,000; capped lists those at the cap)',
      tag: 'tasks',
      access: 'tasks:read',
      handler: async (req) => {
        const p = principalOf(req)
        return p.personId
          ? boxCounts(deps.pool, p.personId)
          : { todo: 0, done: 0, cc: 0, ccUnread: 0, started: 0, capped: [] }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/tasks/read-all',
      summary: `抄送全部已阅：本人未读的抄送（每次最多 ${READ_ALL_LIMIT} 条，more 表示还有） / Mark one's unread copies read (up to ${READ_ALL_LIMIT}; more says some are left)`,
      tag: 'tasks',
      access: 'tasks:read',
      success: { status: 200, description: '{ marked, more }' },
      handler: async (req, res) => {
        sendWriteJson(
          res,
          200,
          await markAllCcRead(deps.pool, { principal: principalOf(req), meta: metaOf(req) }),
        )
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/tasks/:id/read',
      summary:
        '抄送已阅：收到抄送的人标记为已阅（重复调用不变） / Mark a copy (抄送) read; repeating it changes nothing',
      tag: 'tasks',
      access: 'tasks:read',
      success: { status: 200, description: 'the cc task, status completed with outcome read' },
      handler: async (req, res) => {
        const task = await markCcRead(deps.pool, param(req, 'id'), {
          principal: principalOf(req),
          meta: metaOf(req),
        })
        sendWriteJson(res, 200, { task })
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/tasks/:id/actions',
      summary:
        '办理待办：同意、不同意、退回、转办、委派、加签、减签、评论、抄送、撤回（支持 Idempotency-Key） / Act on a task',
      tag: 'tasks',
      access: 'tasks:act',
      body: TaskActionBody,
      bodyName: 'TaskActionRequest',
      foldsSessionCheck: true,
      success: {
        status: 200,
        description: 'new case status, changed tasks and events; 409 when another action won',
      },
      handler: async (req, res) => {
        const result = await actOnTask(deps, param(req, 'id'), req.body as TaskActionBody, actionRequest(req))
        send(res, result)
      },
    }),
  ]
}

/** What the action use cases need from a request. */
export function actionRequest(req: Request) {
  const key = idempotencyKeyOf(req.get('idempotency-key'))
  return {
    principal: principalOf(req),
    meta: metaOf(req),
    ...(key ? { idempotencyKey: key } : {}),
    ...(req.deferredSessionCheck ? { sessionCheck: req.deferredSessionCheck } : {}),
    // The full path (routes sit on their area's sub-router, where req.path is relative).
    fingerprint: { method: req.method, path: req.baseUrl + req.path, body: req.body },
  }
}

export function send(res: Response, r: StoredResponse): void {
  sendWriteJson(res, r.status, r.body)
}
