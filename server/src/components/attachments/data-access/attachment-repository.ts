import type { AttachmentRef } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'

export interface AttachmentRow {
  id: string
  caseId: string | null
  materialId: string | null
  name: string
  size: number
  sha256: string
  contentType: string
  uploadedBy: string | null
  createdAt: Date
}

const COLUMNS = `id, case_id AS "caseId", material_id AS "materialId", name, size::float8 AS size, sha256,
  content_type AS "contentType", uploaded_by AS "uploadedBy", created_at AS "createdAt"`

export async function insertAttachment(
  db: Queryable,
  ref: AttachmentRef,
  caseId: string | null,
  uploadedBy: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO attachments (id, case_id, material_id, name, size, sha256, content_type, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [ref.id, caseId, ref.materialId ?? null, ref.name, ref.size, ref.sha256, ref.contentType, uploadedBy],
  )
}

export async function findAttachments(db: Queryable, ids: readonly string[]): Promise<AttachmentRow[]> {
  if (!ids.length) return []
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM attachments WHERE id = ANY($1::text[])`, [ids])
  return rows as AttachmentRow[]
}

/**
 * Bind the uploader's unbound uploads to a case (and record them on the case); returns the refs
 * actually bound — fewer than asked when another case bound one meanwhile.
 */
export async function bindToCase(
  db: Queryable,
  caseId: string,
  uploadedBy: string,
  items: ReadonlyArray<{ id: string; materialId?: string }>,
): Promise<AttachmentRef[]> {
  if (!items.length) return []
  const { rows } = await db.query(
    `UPDATE attachments a SET case_id = $1, material_id = coalesce(x.material_id, a.material_id)
       FROM unnest($3::text[], $4::text[]) AS x(id, material_id)
      WHERE a.id = x.id AND a.case_id IS NULL AND a.uploaded_by = $2
      RETURNING a.id, a.material_id AS "materialId", a.name, a.size::float8 AS size, a.sha256,
                a.content_type AS "contentType"`,
    [caseId, uploadedBy, items.map((i) => i.id), items.map((i) => i.materialId ?? null)],
  )
  const refs = (rows as AttachmentRow[]).map(toRef)
  if (refs.length)
    await db.query(`UPDATE cases SET attachments = attachments || $2::jsonb WHERE id = $1`, [
      caseId,
      JSON.stringify(refs),
    ])
  return refs
}

/** Delete one unbound upload of `uploadedBy`; false when there is none (bound, someone else's, gone). */
export async function deleteUnboundUpload(db: Queryable, id: string, uploadedBy: string): Promise<AttachmentRow | null> {
  const { rows } = await db.query(
    `DELETE FROM attachments WHERE id = $1 AND uploaded_by = $2 AND case_id IS NULL
     RETURNING id, name, size::float8 AS size, sha256`,
    [id, uploadedBy],
  )
  return (rows[0] as AttachmentRow | undefined) ?? null
}

/** Delete unbound uploads created before `before`; returns their ids (the caller removes the files). */
export async function deleteUnboundBefore(db: Queryable, before: Date, limit = 1000): Promise<string[]> {
  const { rows } = await db.query(
    `DELETE FROM attachments WHERE id IN (
       SELECT id FROM attachments WHERE case_id IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2
       FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    [before, limit],
  )
  return rows.map((r) => r.id as string)
}

export function toRef(row: AttachmentRow): AttachmentRef {
  return {
    id: row.id,
    ...(row.materialId ? { materialId: row.materialId } : {}),
    name: row.name,
    size: Number(row.size),
    sha256: row.sha256,
    contentType: row.contentType,
  }
}
