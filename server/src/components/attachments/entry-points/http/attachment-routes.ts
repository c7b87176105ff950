import fs from 'node:fs'
import path from 'node:path'
import type { Config } from '../../../../config'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryString } from '../../../../libraries/http/request'
import { AppError, errors } from '../../../../libraries/errors/app-error'
import { inTransaction } from '../../../../libraries/db'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import type { CaseDeps } from '../../../cases/domain/case-deps'
import { mayReadCase } from '../../../cases/domain/case-scope'
import { findCase } from '../../../cases/data-access/case-repository'
import { extensionOf, storeStream } from '../../domain/store-attachment'

const DEFAULT_MAX_MB = 50

/** Materials (申请材料) uploaded to a case: streamed to disk, size/type checked, checksummed. */
export function attachmentRoutes(deps: CaseDeps, config: Config): RouteDefinition[] {
  const dir = path.join(config.dataDir, 'attachments')
  return [
    defineRoute({
      method: 'post',
      path: '/api/cases/:id/attachments',
      summary:
        '上传材料（请求体为文件本身；?name=文件名&materialId=材料） / Upload a material; the body is the file',
      tag: 'cases',
      access: 'cases:read',
      query: [
        { name: 'name', description: '文件名（含扩展名）' },
        { name: 'materialId', description: '对应的申请材料 id' },
      ],
      success: { status: 201, description: 'AttachmentRef' },
      handler: async (req, res) => {
        const caseId = param(req, 'id')
        const p = principalOf(req)
        if (!(await mayReadCase(deps.pool, p, caseId))) throw errors.notFound('办件', 'Case', caseId)
        const row = await findCase(deps.pool, caseId, false)
        if (!row) throw errors.notFound('办件', 'Case', caseId)
        const name = queryString(req, 'name')
        if (!name || name.length > 200 || /[\\/\0]/.test(name))
          throw errors.validation([
            {
              path: '/query/name',
              code: 'attachment.name',
              message: '请提供文件名（不含路径）',
              messageEn: 'Give a file name without a path',
            },
          ])
        const materialId = queryString(req, 'materialId')
        const bundle = await deps.bundles.get(deps.pool, row.matterId, row.matterVersion)
        const material = materialId ? bundle.matter.materials.find((m) => m.id === materialId) : undefined
        if (materialId && !material)
          throw errors.validation([
            {
              path: '/query/materialId',
              code: 'attachment.unknown-material',
              message: `事项没有材料 ${materialId}`,
              messageEn: `The matter has no material ${materialId}`,
            },
          ])
        const ext = extensionOf(name)
        if (material?.accept?.length && !material.accept.includes(ext))
          throw new AppError(
            'attachment.type',
            `只接受 ${material.accept.join('、')} 文件`,
            415,
            `Only ${material.accept.join(', ')} files are accepted`,
          )
        const maxBytes = Math.floor((material?.maxSizeMb ?? DEFAULT_MAX_MB) * 1024 * 1024)
        const declared = Number(req.get('content-length') ?? '0')
        if (declared > maxBytes)
          throw new AppError(
            'attachment.too-large',
            `文件超过 ${material?.maxSizeMb ?? DEFAULT_MAX_MB} MB`,
            413,
            'File too large',
          )
        const stored = await storeStream(req, dir, maxBytes)
        const ref = {
          id: stored.id,
          ...(materialId ? { materialId } : {}),
          name,
          size: stored.size,
          sha256: stored.sha256,
          contentType: (req.get('content-type') ?? 'application/octet-stream').slice(0, 100),
        }
        await inTransaction(deps.pool, async (tx) => {
          await tx.query(
            `INSERT INTO attachments (id, case_id, material_id, name, size, sha256, content_type, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [ref.id, caseId, materialId ?? null, ref.name, ref.size, ref.sha256, ref.contentType, p.personId],
          )
          await tx.query(`UPDATE cases SET attachments = attachments || $2::jsonb WHERE id = $1`, [
            caseId,
            JSON.stringify([ref]),
          ])
          await appendAudit(tx, {
            ...auditBase(p, metaOf(req)),
            action: 'attachment.uploaded',
            targetType: 'case',
            targetId: caseId,
            data: { attachmentId: ref.id, sha256: ref.sha256, size: ref.size },
          })
        })
        res.status(201).json(ref)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/attachments/:id',
      summary: '下载材料（按办件的数据范围） / Download an attachment (case scope applies)',
      tag: 'cases',
      access: 'cases:read',
      handler: async (req, res) => {
        const id = param(req, 'id')
        const { rows } = await deps.pool.query(
          'SELECT case_id, name, content_type, sha256 FROM attachments WHERE id = $1',
          [id],
        )
        const a = rows[0]
        if (!a || !(await mayReadCase(deps.pool, principalOf(req), a.case_id)))
          throw errors.notFound('附件', 'Attachment', id)
        const file = path.join(dir, id)
        if (!fs.existsSync(file)) throw errors.notFound('附件文件', 'Attachment file', id)
        res.setHeader('Content-Type', a.content_type)
        res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`)
        res.setHeader('X-Content-SHA256', a.sha256)
        await new Promise<void>((resolve, reject) =>
          res.sendFile(file, (err) => (err ? reject(err) : resolve())),
        )
      },
    }),
  ]
}
