import type { AttachmentRef, Material } from '@tongban/schemas'
import { findUploadRefs } from './upload-refs'

/** One required material (申请材料) of a case's matter version and the files that satisfy it. */
export interface MaterialStatus {
  id: string
  name: string
  required: boolean
  /** The system supplies it from data it holds (减材料): no upload needed. */
  systemSupplied: boolean
  description?: string
  template?: string
  accept?: string[]
  maxSizeMb?: number
  /** Files of the case for this material (with their download URL). */
  attachments: Array<AttachmentRef & { url: string }>
  /** Supplied by the system, or at least one file. */
  satisfied: boolean
  /** Required, not system-supplied, and without a file. */
  missing: boolean
}

/**
 * The checklist of the pinned matter version's materials: each with the case's files for it. A
 * file counts for the material its data entry names (a `MaterialUpload` value), else the one it
 * was uploaded for.
 */
export function materialChecklist(
  materials: readonly Material[],
  attachments: readonly AttachmentRef[],
  data: unknown,
): MaterialStatus[] {
  const named = new Map<string, string>()
  for (const ref of findUploadRefs(data)) if (ref.materialId) named.set(ref.attachmentId, ref.materialId)
  return materials.map((m) => {
    const files = attachments
      .filter((a) => (named.get(a.id) ?? a.materialId) === m.id)
      .map((a) => ({ ...a, url: `/api/attachments/${a.id}` }))
    const satisfied = m.systemSupplied || files.length > 0
    return {
      id: m.id,
      name: m.name,
      required: m.required,
      systemSupplied: m.systemSupplied,
      ...(m.description ? { description: m.description } : {}),
      ...(m.template ? { template: m.template } : {}),
      ...(m.accept ? { accept: m.accept } : {}),
      ...(m.maxSizeMb !== undefined ? { maxSizeMb: m.maxSizeMb } : {}),
      attachments: files,
      satisfied,
      missing: m.required && !satisfied,
    }
  })
}
