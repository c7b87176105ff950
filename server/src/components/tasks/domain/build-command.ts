import type { Command } from '@tongban/flow-engine'
import { Type, type Static } from '@sinclair/typebox'
import { Id } from '@tongban/schemas'
import { errors } from '../../../libraries/errors/app-error'

/** Body of `POST /api/tasks/:id/actions`. */
export const TaskActionBody = Type.Object(
  {
    action: Type.Union(
      [
        'approve',
        'reject',
        'return',
        'transfer',
        'delegate',
        'resolve',
        'add-signer',
        'remove-signer',
        'comment',
        'cc',
        'withdraw',
        'update-data',
      ].map((a) => Type.Literal(a)),
    ),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    /** For `return`: a node id, or `applicant` for 补正. */
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** For `transfer` / `delegate`. */
    to: Type.Optional(Id),
    /** For `add-signer` / `cc`. */
    personIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 50 })),
    position: Type.Optional(Type.Union([Type.Literal('before'), Type.Literal('after')])),
    /** For `remove-signer`. */
    personId: Type.Optional(Id),
  },
  { additionalProperties: false },
)
export type TaskActionBody = Static<typeof TaskActionBody>

/** Body of `POST /api/cases/:id/actions` (the applicant's and participants' case-level actions). */
export const CaseActionBody = Type.Object(
  {
    action: Type.Union(
      ['submit', 'resubmit', 'withdraw', 'cancel', 'urge', 'comment', 'cc', 'update-data'].map((a) =>
        Type.Literal(a),
      ),
    ),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    personIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 50 })),
    chosenAssignees: Type.Optional(Type.Record(Type.String(), Type.Array(Id))),
  },
  { additionalProperties: false },
)
export type CaseActionBody = Static<typeof CaseActionBody>

/** Turn a task action request into the engine's command (data already validated). */
export function taskCommand(
  actorId: string,
  taskId: string,
  b: TaskActionBody,
  data: Record<string, unknown> | undefined,
): Command {
  const base = { actorId, taskId, ...(b.comment !== undefined ? { comment: b.comment } : {}) }
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined)
      throw errors.validation([
        {
          path: `/body/${field}`,
          code: 'action.missing',
          message: `动作 ${b.action} 需要 ${field}`,
          messageEn: `Action ${b.action} needs ${field}`,
        },
      ])
    return value
  }
  switch (b.action) {
    case 'approve':
      return { type: 'approve', ...base, ...(data ? { data } : {}) }
    case 'reject':
      return { type: 'reject', ...base, ...(data ? { data } : {}) }
    case 'return': {
      const target = need(b.target, 'target')
      return { type: 'return', ...base, target: target === 'applicant' ? 'applicant' : { nodeId: target } }
    }
    case 'transfer':
      return { type: 'transfer', ...base, to: need(b.to, 'to') }
    case 'delegate':
      return { type: 'delegate', ...base, to: need(b.to, 'to') }
    case 'resolve':
      return { type: 'resolve', ...base }
    case 'add-signer':
      return {
        type: 'add-signer',
        ...base,
        personIds: need(b.personIds, 'personIds'),
        position: b.position ?? 'before',
      }
    case 'remove-signer':
      return { type: 'remove-signer', ...base, personId: need(b.personId, 'personId') }
    case 'comment':
      return { type: 'comment', actorId, taskId, comment: need(b.comment, 'comment') }
    case 'cc':
      return { type: 'cc', ...base, personIds: need(b.personIds, 'personIds') }
    case 'withdraw':
      return { type: 'withdraw', ...base }
    default:
      return { type: 'update-data', actorId, taskId, data: need(data, 'data') }
  }
}

/** Turn a case-level action request into the engine's command (data already validated). */
export function caseCommand(
  actorId: string,
  b: CaseActionBody,
  data: Record<string, unknown> | undefined,
): Command {
  const comment = b.comment !== undefined ? { comment: b.comment } : {}
  switch (b.action) {
    case 'submit':
      return {
        type: 'submit',
        actorId,
        ...(data ? { data } : {}),
        ...(b.chosenAssignees ? { chosenAssignees: b.chosenAssignees } : {}),
      }
    case 'resubmit':
      return { type: 'resubmit', actorId, ...(data ? { data } : {}), ...comment }
    case 'withdraw':
      return { type: 'withdraw', actorId, ...comment }
    case 'cancel':
      return { type: 'cancel', actorId, ...comment }
    case 'urge':
      return { type: 'urge', actorId, ...comment }
    case 'comment':
      if (!b.comment)
        throw errors.validation([
          {
            path: '/body/comment',
            code: 'action.missing',
            message: '请填写意见',
            messageEn: 'comment is required',
          },
        ])
      return { type: 'comment', actorId, comment: b.comment }
    case 'cc':
      return { type: 'cc', actorId, personIds: b.personIds ?? [], ...comment }
    default:
      return { type: 'update-data', actorId, data: data ?? {} }
  }
}
