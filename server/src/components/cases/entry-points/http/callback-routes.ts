import { Type } from '@sinclair/typebox'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { auditBase } from '../../../audit/domain/audit-actor'
import type { CaseDeps } from '../../domain/case-deps'
import { runCaseCommand } from '../../domain/run-command'

/** Another system answers a service node (数据服务 callback), with an API key holding `tasks:act`. */
export function callbackRoutes(deps: CaseDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/callbacks/:token',
      summary: '外部系统回调服务节点 / Another system answers a waiting service node',
      tag: 'cases',
      access: 'tasks:act',
      body: Type.Record(Type.String(), Type.Unknown()),
      bodyName: 'ServiceCallbackBody',
      handler: async (req) => {
        const token = param(req, 'token')
        const { rows } = await deps.pool.query('SELECT case_id FROM callback_tokens WHERE token = $1', [
          token,
        ])
        if (!rows[0]) throw errors.notFound('回调', 'Callback', token)
        const out = await runCaseCommand(
          deps,
          rows[0].case_id,
          () => ({ type: 'service-callback', token, body: req.body as Record<string, unknown> }),
          {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'case.service-callback',
          },
        )
        return {
          caseId: rows[0].case_id,
          status: out.result.state.status,
          stateVersion: out.result.state.version,
        }
      },
    }),
  ]
}
