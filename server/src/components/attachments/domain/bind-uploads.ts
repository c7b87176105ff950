import type { Material } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import { errors, type FieldError } from '../../../libraries/errors/app-error'
import { bindToCase, findAttachments } from '../data-access/attachment-repository'
import { materialProblem } from './material-limits'
import { findUploadRefs } from './upload-refs'

/** Uploads a case's data references that are not bound to a case yet (the caller's own). */
export interface PendingUploads {
  personId: string
  items: Array<{ id: string; materialId?: string }>
}

/**
 * Check the files case data references before it is saved: each must exist and be either the
 * caller's own unbound upload or already bound to this case; a material's type and size limits
 * apply. Throws 422 naming each offending entry (`/data/<field>/<i>/attachmentId`). Returns the
 * unbound uploads to bind when the case is saved (see {@link bindPendingUploads}).
 */
export async function checkUploadRefs(
  db: Queryable,
  input: {
    personId: string | null
    caseId: string | null
    data: unknown
    materials: readonly Material[]
  },
): Promise<PendingUploads> {
  const refs = findUploadRefs(input.data)
  const pending: PendingUploads = { personId: input.personId ?? '', items: [] }
  if (!refs.length) return pending
  const rows = new Map(
    (await findAttachments(db, [...new Set(refs.map((r) => r.attachmentId))])).map((r) => [r.id, r]),
  )
  const problems: FieldError[] = []
  const seen = new Set<string>()
  for (const ref of refs) {
    const row = rows.get(ref.attachmentId)
    const usable =
      row &&
      (row.caseId === null
        ? input.personId !== null && row.uploadedBy === input.personId
        : row.caseId === input.caseId)
    if (!row || !usable) {
      problems.push({
        path: `${ref.path}/attachmentId`,
        code: 'attachment.not-yours',
        message: `字段“${ref.field}”引用的附件 ${ref.attachmentId} 不存在或不是本人上传的`,
        messageEn: `Field "${ref.field}" references attachment ${ref.attachmentId}, which does not exist or was not uploaded by you`,
      })
      continue
    }
    const material = ref.materialId ? input.materials.find((m) => m.id === ref.materialId) : undefined
    const problem = materialProblem(material, row)
    if (problem) {
      problems.push({
        path: `${ref.path}/attachmentId`,
        code: problem.code,
        message: `字段“${ref.field}”：${problem.message}`,
        messageEn: `Field "${ref.field}": ${problem.messageEn}`,
      })
      continue
    }
    if (row.caseId === null && !seen.has(row.id)) {
      seen.add(row.id)
      pending.items.push({ id: row.id, ...(ref.materialId ? { materialId: ref.materialId } : {}) })
    }
  }
  if (problems.length) throw errors.validation(problems)
  return pending
}

/**
 * Inside the transaction that saves the case: bind the pending uploads still referenced by the
 * saved data. One bound by another case meanwhile fails the whole save (422).
 */
export async function bindPendingUploads(
  tx: Queryable,
  caseId: string,
  pending: PendingUploads,
  savedData?: unknown,
): Promise<void> {
  if (!pending.items.length) return
  const still = savedData === undefined ? undefined : new Set(findUploadRefs(savedData).map((r) => r.attachmentId))
  const items = still ? pending.items.filter((i) => still.has(i.id)) : pending.items
  const bound = await bindToCase(tx, caseId, pending.personId, items)
  if (bound.length < items.length) {
    const got = new Set(bound.map((b) => b.id))
    throw errors.validation(
      items
        .filter((i) => !got.has(i.id))
        .map((i) => ({
          path: '/data',
          code: 'attachment.not-yours',
          message: `附件 ${i.id} 已被其他办件使用`,
          messageEn: `Attachment ${i.id} is already used by another case`,
        })),
    )
  }
}
