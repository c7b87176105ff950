import { Type } from '@sinclair/typebox'
import { inTransaction, type Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { PERMISSIONS } from '../../../../libraries/auth/permissions'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import { insertApiKey, listApiKeys, revokeApiKey } from '../../data-access/api-key-repository'
import { randomToken, sha256 } from '../../domain/tokens'

const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    scopes: Type.Array(Type.Union(PERMISSIONS.map((p) => Type.Literal(p))), {
      minItems: 1,
      uniqueItems: true,
    }),
    /** Act as this person (cases, tasks); absent → a system key reading with admin scope. */
    personId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)

export function apiKeyRoutes(pool: Pool): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/api-keys',
      summary: 'API 密钥列表（不含密钥本身） / API keys (never the secrets)',
      tag: 'api-keys',
      access: 'api-keys:manage',
      handler: async () => ({ items: await listApiKeys(pool) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/api-keys',
      summary: '创建 API 密钥（只显示一次） / Create an API key; the token is shown once',
      tag: 'api-keys',
      access: 'api-keys:manage',
      body: CreateApiKeyBody,
      bodyName: 'CreateApiKeyRequest',
      success: { status: 201, description: 'created; `token` is shown only now' },
      handler: async (req) => {
        const body = req.body as { name: string; scopes: string[]; personId?: string }
        const principal = principalOf(req)
        const id = randomToken(12)
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 16)
          .padEnd(8, '0')
        const secret = randomToken(32)
        await inTransaction(pool, async (tx) => {
          if (body.personId) {
            const { rowCount } = await tx.query('SELECT 1 FROM people WHERE id = $1', [body.personId])
            if (!rowCount)
              throw errors.validation([
                {
                  path: '/body/personId',
                  code: 'directory.unknown-person',
                  message: `人员 ${body.personId} 不存在`,
                  messageEn: `Person ${body.personId} does not exist`,
                },
              ])
          }
          await insertApiKey(tx, {
            id,
            name: body.name,
            secretHash: sha256(secret),
            scopes: body.scopes,
            personId: body.personId ?? null,
            createdBy: principal.personId,
          })
          await appendAudit(tx, {
            ...auditBase(principal, metaOf(req)),
            action: 'api-key.created',
            targetType: 'api-key',
            targetId: id,
            data: { name: body.name, scopes: body.scopes },
          })
        })
        return {
          id,
          name: body.name,
          scopes: body.scopes,
          personId: body.personId ?? null,
          token: `tbk_${id}.${secret}`,
        }
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/api-keys/:id',
      summary: '吊销 API 密钥 / Revoke an API key',
      tag: 'api-keys',
      access: 'api-keys:manage',
      handler: async (req) => {
        const id = param(req, 'id')
        await inTransaction(pool, async (tx) => {
          if (!(await revokeApiKey(tx, id))) throw errors.notFound('API 密钥', 'API key', id)
          await appendAudit(tx, {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'api-key.revoked',
            targetType: 'api-key',
            targetId: id,
          })
        })
        return undefined
      },
    }),
  ]
}
