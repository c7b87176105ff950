import fs from 'node:fs'
import path from 'node:path'
import { Type } from '@sinclair/typebox'
import { AttachmentRef, type Material } from '@tongban/schemas'
import type { Config } from '../../../../config'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryString } from '../../../../libraries/http/request'
import { AppError, errors } from '../../../../libraries/errors/app-error'
import { inTransaction } from '../../../../libraries/db'
import { appendAudit } from '../../../audit/data-access/audit-repository'
import { auditBase } from '../../../audit/domain/audit-actor'
import type { Principal } from '../../../../libraries/auth/principal'
import type { CaseDeps } from '../../../cases/domain/case-deps'
import { mayReadCase } from '../../../cases/domain/case-scope'
import { findCase } from '../../../cases/data-access/case-repository'
import { findMatter } from '../../../matters/data-access/matter-repository'
import { deleteUnboundUpload, findAttachments, insertAttachment } from '../../data-access/attachment-repository'
import { assertFits, maxBytesOf, tooLarge } from '../../domain/material-limits'
import { storeStream } from '../../domain/store-attachment'
import { receiveMultipart } from './receive-multipart'

/** What both upload routes answer: the stored attachment and where to download it. */
export const StoredAttachment = Type.Composite([AttachmentRef, Type.Object({ url: Type.String() })])

const UploadForm = Type.Object({
  file: Type.String({ format: 'binary', description: '文件本身 / the file' }),
  materialId: Type.Optional(Type.String({ description: '对应的申请材料 id / the material it is for' })),
  matterId: Type.Optional(
    Type.String({ description: '事项 id（给出时按该材料的类型和大小限制检查）/ the matter, to apply its material limits' }),
  ),
  name: Type.Optional(Type.String({ description: '文件名（缺省取文件部分的文件名）/ file name override' })),
})

/** Multipart slack above the file itself before a declared length is refused outright. */
const MULTIPART_OVERHEAD = 64 * 1024

/** Materials (申请材料): uploaded to a case or before one exists, streamed to disk, checked, checksummed. */
export function attachmentRoutes(deps: CaseDeps, config: Config): RouteDefinition[] {
  const dir = path.join(config.dataDir, 'attachments')
  const withUrl = (ref: AttachmentRef) => ({ ...ref, url: `/api/attachments/${ref.id}` })
  return [
    defineRoute({
      method: 'post',
      path: '/api/attachments',
      summary:
        '上传材料（办件创建前；multipart/form-data，文件字段 file，可带 materialId、matterId）；归上传人所有，保存或提交引用它的办件时绑定，24 小时未绑定即删除 / ' +
        'Upload a material before the case exists (multipart field `file`); owned by the uploader until a saved case references it; purged after 24 h unbound',
      tag: 'cases',
      access: 'cases:read',
      query: [
        { name: 'matterId', description: '事项 id（按其材料限制检查）' },
        { name: 'materialId', description: '对应的申请材料 id' },
      ],
      bodyDoc: { contentType: 'multipart/form-data', schema: UploadForm, name: 'AttachmentUploadForm' },
      success: { status: 201, description: 'the stored attachment', schema: StoredAttachment, schemaName: 'StoredAttachment' },
      handler: async (req, res) => {
        const p = principalOf(req)
        if (!p.personId)
          throw new AppError('attachment.no-person', '只有人员账号可以上传材料', 403, 'Only a person can upload')
        if (!req.is('multipart/form-data'))
          throw new AppError('attachment.multipart', '请以 multipart/form-data 上传', 415, 'Upload as multipart/form-data')
        // Limits known before the body (query) are enforced while streaming; form fields after it.
        const early = await materialOf(deps, queryString(req, 'matterId'), queryString(req, 'materialId'), '/query')
        const maxBytes = maxBytesOf(early)
        if (Number(req.get('content-length') ?? '0') > maxBytes + MULTIPART_OVERHEAD)
          throw tooLarge(early)
        const got = await receiveMultipart(req, dir, maxBytes)
        const file = path.join(dir, got.stored.id)
        try {
          const matterId = queryString(req, 'matterId') ?? nonEmpty(got.fields.matterId)
          const materialId = queryString(req, 'materialId') ?? nonEmpty(got.fields.materialId)
          const material = early ?? (await materialOf(deps, matterId, materialId, '/body'))
          const name = checkName(nonEmpty(got.fields.name) ?? got.filename, '/body/file')
          assertFits(material, { name, size: got.stored.size })
          const ref: AttachmentRef = {
            id: got.stored.id,
            ...(materialId ? { materialId } : {}),
            name,
            size: got.stored.size,
            sha256: got.stored.sha256,
            contentType: got.mimeType,
          }
          await inTransaction(deps.pool, async (tx) => {
            await insertAttachment(tx, ref, null, p.personId)
            await appendAudit(tx, {
              ...auditBase(p, metaOf(req)),
              action: 'attachment.uploaded',
              targetType: 'attachment',
              targetId: ref.id,
              data: { sha256: ref.sha256, size: ref.size, unbound: true },
            })
          })
          res.status(201).json(withUrl(ref))
        } catch (err) {
          await fs.promises.rm(file, { force: true })
          throw err
        }
      },
    }),
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
      success: { status: 201, description: 'the stored attachment', schema: StoredAttachment, schemaName: 'StoredAttachment' },
      handler: async (req, res) => {
        const caseId = param(req, 'id')
        const p = principalOf(req)
        if (!(await mayReadCase(deps.pool, p, caseId))) throw errors.notFound('办件', 'Case', caseId)
        const row = await findCase(deps.pool, caseId, false)
        if (!row) throw errors.notFound('办件', 'Case', caseId)
        const name = checkName(queryString(req, 'name'), '/query/name')
        const materialId = queryString(req, 'materialId')
        const bundle = await deps.bundles.get(deps.pool, row.matterId, row.matterVersion)
        const material = materialId ? bundle.matter.materials.find((m) => m.id === materialId) : undefined
        if (materialId && !material) throw unknownMaterial('/query/materialId', materialId)
        assertFits(material, { name, size: 0 })
        const maxBytes = maxBytesOf(material)
        assertFits(material, { name, size: Number(req.get('content-length') ?? '0') })
        const stored = await storeStream(req, dir, maxBytes)
        const ref: AttachmentRef = {
          id: stored.id,
          ...(materialId ? { materialId } : {}),
          name,
          size: stored.size,
          sha256: stored.sha256,
          contentType: (req.get('content-type') ?? 'application/octet-stream').slice(0, 100),
        }
        await inTransaction(deps.pool, async (tx) => {
          await insertAttachment(tx, ref, caseId, p.personId)
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
        res.status(201).json(withUrl(ref))
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/attachments/:id',
      summary:
        '下载材料（已绑定：按办件的数据范围；未绑定：仅上传人） / Download an attachment (case scope; an unbound upload: its uploader only)',
      tag: 'cases',
      access: 'cases:read',
      handler: async (req, res) => {
        const id = param(req, 'id')
        const a = await reachableAttachment(deps, principalOf(req), id)
        const file = path.join(dir, id)
        if (!fs.existsSync(file)) throw errors.notFound('附件文件', 'Attachment file', id)
        res.setHeader('Content-Type', a.contentType)
        res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`)
        res.setHeader('X-Content-SHA256', a.sha256)
        await new Promise<void>((resolve, reject) =>
          res.sendFile(file, (err) => (err ? reject(err) : resolve())),
        )
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/attachments/:id',
      summary:
        '删除未绑定的上传（仅上传人；已随办件保存的材料不能删除，409） / Delete an unbound upload (its uploader only; one a case holds is 409)',
      tag: 'cases',
      access: 'cases:read',
      success: { status: 204, description: 'deleted' },
      handler: async (req, res) => {
        const id = param(req, 'id')
        const p = principalOf(req)
        const a = await reachableAttachment(deps, p, id)
        if (a.caseId !== null)
          throw errors.conflict(
            'attachment.bound',
            '该材料已随办件保存，不能删除（办件保留其全部材料）',
            'This file is part of a saved case and cannot be deleted',
            { caseId: a.caseId },
          )
        const deleted = await inTransaction(deps.pool, async (tx) => {
          const row = await deleteUnboundUpload(tx, id, p.personId!)
          if (row)
            await appendAudit(tx, {
              ...auditBase(p, metaOf(req)),
              action: 'attachment.deleted',
              targetType: 'attachment',
              targetId: id,
              data: { name: row.name, sha256: row.sha256, size: row.size },
            })
          return row
        })
        // A case saved with it in the meantime keeps it.
        if (!deleted)
          throw errors.conflict('attachment.bound', '该材料已随办件保存，不能删除', 'This file is now part of a saved case')
        await fs.promises.rm(path.join(dir, id), { force: true })
        res.status(204).end()
      },
    }),
  ]
}

// helpers

/**
 * The attachment, if the caller may reach it: an unbound upload by its uploader only, a bound one
 * within its case's data scope. Anything else looks like no attachment at all (404).
 */
async function reachableAttachment(deps: CaseDeps, p: Principal, id: string) {
  const [a] = await findAttachments(deps.pool, [id])
  const allowed = a
    ? a.caseId === null
      ? p.personId !== null && a.uploadedBy === p.personId
      : await mayReadCase(deps.pool, p, a.caseId)
    : false
  if (!a || !allowed) throw errors.notFound('附件', 'Attachment', id)
  return a
}

/** The material of the matter's current published version, when both are named. */
async function materialOf(
  deps: CaseDeps,
  matterId: string | undefined,
  materialId: string | undefined,
  at: '/query' | '/body',
): Promise<Material | undefined> {
  if (!matterId || !materialId) return undefined
  const matter = await findMatter(deps.pool, matterId)
  if (!matter || !matter.currentVersion)
    throw errors.validation([
      {
        path: `${at}/matterId`,
        code: 'attachment.unknown-matter',
        message: `没有已发布的事项 ${matterId}`,
        messageEn: `No published matter ${matterId}`,
      },
    ])
  const bundle = await deps.bundles.get(deps.pool, matter.id, matter.currentVersion)
  const material = bundle.matter.materials.find((m) => m.id === materialId)
  if (!material) throw unknownMaterial(`${at}/materialId`, materialId)
  return material
}

function unknownMaterial(at: string, materialId: string) {
  return errors.validation([
    {
      path: at,
      code: 'attachment.unknown-material',
      message: `事项没有材料 ${materialId}`,
      messageEn: `The matter has no material ${materialId}`,
    },
  ])
}

function checkName(name: string | undefined, at: string): string {
  if (!name || name.length > 200 || /[\\/\0]/.test(name))
    throw errors.validation([
      {
        path: at,
        code: 'attachment.name',
        message: '请提供文件名（不含路径，最长 200 字）',
        messageEn: 'Give a file name without a path (at most 200 characters)',
      },
    ])
  return name
}

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim()
  return t ? t : undefined
}
