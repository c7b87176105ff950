import type { TSchema } from '@sinclair/typebox'
import type { RouteDefinition } from './define-route'

const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'details'],
  properties: {
    code: { type: 'string', description: 'stable machine code' },
    message: { type: 'string', description: '中文说明 (zh-CN)' },
    details: {
      type: 'object',
      properties: {
        messageEn: { type: 'string' },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'code', 'message'],
            properties: {
              path: { type: 'string' },
              code: { type: 'string' },
              message: { type: 'string' },
              messageEn: { type: 'string' },
            },
          },
        },
      },
    },
  },
}

/**
 * Build the OpenAPI 3.1 document from the mounted route definitions: paths, access (as
 * `x-permission` and security), request bodies from the TypeBox schemas, and the shared error shape.
 */
export function buildOpenApi(defs: readonly RouteDefinition[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  const schemas: Record<string, unknown> = { Error: ERROR_SCHEMA }
  for (const def of defs) {
    const openPath = def.path.replace(/:([A-Za-z_]+)/g, '{$1}')
    const params = [...def.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    const query = (def.query ?? []).map((q) => ({
      name: q.name,
      in: 'query',
      required: false,
      description: q.description,
      schema: q.enum ? { type: 'string', enum: q.enum } : { type: 'string' },
    }))
    const operation: Record<string, unknown> = {
      summary: def.summary,
      tags: [def.tag],
      operationId: `${def.method}${openPath.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      'x-permission': def.access,
      parameters: [...params, ...query],
      responses: {
        [String(def.success?.status ?? 200)]: {
          description: def.success?.description ?? 'OK',
          ...(def.success?.schema
            ? {
                content: {
                  'application/json': { schema: ref(schemas, def.success.schema, def.success.schemaName) },
                },
              }
            : {}),
        },
        default: {
          description: '错误 / error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    }
    if (def.access === 'public') operation.security = []
    if (def.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(schemas, def.body, def.bodyName) } },
      }
    }
    if (def.bodyDoc) {
      operation.requestBody = {
        required: true,
        content: { [def.bodyDoc.contentType]: { schema: ref(schemas, def.bodyDoc.schema, def.bodyDoc.name) } },
      }
    }
    ;(paths[openPath] ??= {})[def.method] = operation
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '协同办 Tongban API',
      version,
      description:
        '机关内部协同办事平台接口。错误统一为 {code, message, details}；校验错误在 details.errors 中逐字段给出 path/code/message。\n\n' +
        'Tongban inter-department collaboration API. Errors share {code, message, details}; validation errors list each field in details.errors.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'tb_session',
          description: '登录会话；写操作需同时带 X-CSRF-Token 头 (double submit)',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'API key: `Authorization: Bearer tbk_…`' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  }
}

// helpers

function ref(schemas: Record<string, unknown>, schema: TSchema, name: string | undefined): unknown {
  // JSON round trip drops TypeBox's symbol keys.
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>
  if (!name) return plain
  schemas[name] ??= plain
  return { $ref: `#/components/schemas/${name}` }
}
