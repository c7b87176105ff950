import express from 'express'
import { Type } from '@sinclair/typebox'
import { DirectoryDocument } from '@tongban/schemas'
import type { Config } from '../../../../config'
import { inTransaction, type Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import { setPasswordHash } from '../../../auth/data-access/credentials-repository'
import { revokeSessionsOf } from '../../../auth/data-access/session-repository'
import { checkPasswordPolicy, hashPassword } from '../../../auth/domain/password'
import { readDirectory } from '../../data-access/directory-repository'
import { importDirectory } from '../../domain/import-directory'
import { readDirectoryWorkbook } from '../../domain/excel-directory'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const SetPasswordBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
)

export function directoryRoutes(pool: Pool, config: Config): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/directory',
      summary: '导出单位库与人员库（DirectoryDocument） / Export the directory',
      tag: 'directory',
      access: 'directory:read',
      success: {
        status: 200,
        description: 'DirectoryDocument',
        schema: DirectoryDocument,
        schemaName: 'DirectoryDocument',
      },
      handler: () => readDirectory(pool),
    }),
    defineRoute({
      method: 'get',
      path: '/api/organisations',
      summary: '单位列表（树，按 parentId） / Organisations',
      tag: 'directory',
      access: 'directory:read',
      handler: async () => ({ items: (await readDirectory(pool)).organisations }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/people',
      summary: '人员查询（姓名、用户名、单位） / Find people by name, username or organisation',
      tag: 'directory',
      access: 'directory:read',
      query: [
        { name: 'q', description: '姓名或用户名包含' },
        { name: 'orgId', description: '所在单位' },
        { name: 'limit', description: '最多 200' },
      ],
      handler: async (req) => {
        const q = queryString(req, 'q')
        const orgId = queryString(req, 'orgId')
        const { rows } = await pool.query(
          `SELECT p.id, p.username, p.name, p.phone, p.email, p.roles, p.status,
                  coalesce(json_agg(json_build_object('orgId', m.org_id, 'positionCode', m.position_code, 'primary', m.is_primary))
                           FILTER (WHERE m.org_id IS NOT NULL), '[]') AS memberships
             FROM people p LEFT JOIN memberships m ON m.person_id = p.id
            WHERE ($1::text IS NULL OR p.name ILIKE '%' || $1 || '%' OR p.username ILIKE '%' || $1 || '%')
              AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM memberships x WHERE x.person_id = p.id AND x.org_id = $2))
            GROUP BY p.id ORDER BY p.id LIMIT $3`,
          [q ?? null, orgId ?? null, queryInt(req, 'limit', 50, 200)],
        )
        return { items: rows }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/directory/import',
      summary: '导入单位库与人员库（JSON，按 id 更新或新增） / Import a DirectoryDocument (upsert)',
      tag: 'directory',
      access: 'directory:write',
      bodyLimit: 20 * 1024 * 1024,
      success: { status: 200, description: 'counts of imported records' },
      handler: (req) =>
        importDirectory(pool, req.body, { principal: principalOf(req), meta: metaOf(req), source: 'json' }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/directory/import-excel',
      summary: '从 Excel 导入（工作表：单位、职务、角色、人员） / Import from an Excel workbook',
      tag: 'directory',
      access: 'directory:write',
      before: [express.raw({ type: [XLSX, 'application/octet-stream'], limit: 20 * 1024 * 1024 })],
      handler: async (req) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0)
          throw errors.badRequest(`请以 ${XLSX} 上传 Excel 文件`, `Upload the workbook as ${XLSX}`)
        let doc: Record<string, unknown>
        try {
          doc = await readDirectoryWorkbook(req.body)
        } catch {
          throw errors.badRequest('无法读取 Excel 文件', 'Cannot read the workbook')
        }
        return importDirectory(pool, doc, { principal: principalOf(req), meta: metaOf(req), source: 'excel' })
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/people/:id/password',
      summary: "管理员设置人员密码（其会话全部失效） / Admin sets a password; the person's sessions end",
      tag: 'directory',
      access: 'directory:write',
      body: SetPasswordBody,
      bodyName: 'SetPasswordRequest',
      handler: async (req) => {
        const id = param(req, 'id')
        const { rows } = await pool.query('SELECT username FROM people WHERE id = $1', [id])
        if (!rows[0]) throw errors.notFound('人员', 'Person', id)
        const password = (req.body as { password: string }).password
        const violations = checkPasswordPolicy(password, rows[0].username, config.passwordMinLength)
        if (violations.length)
          throw errors.validation(violations.map((v) => ({ path: '/body/password', ...v })))
        const hash = await hashPassword(password)
        await inTransaction(pool, async (tx) => {
          await setPasswordHash(tx, id, hash)
          await revokeSessionsOf(tx, id)
          await appendAudit(tx, {
            ...auditBase(principalOf(req), metaOf(req)),
            action: 'auth.password-set',
            targetType: 'person',
            targetId: id,
          })
        })
        return undefined
      },
    }),
  ]
}
