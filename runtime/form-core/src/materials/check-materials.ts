import type { Material } from '@tongban/schemas'

/** One uploaded file for one required material (the value of a `MaterialUpload` field is a list of these). */
export interface MaterialFile {
  materialId: string
  /** Attachment id returned by the upload. */
  attachmentId: string
  name: string
  size?: number
  url?: string
}

/**
 * Required materials (申请材料) that have no file yet. Materials the system supplies from data it
 * already holds (减材料) never need an upload. The renderer shows the same list; the server checks it
 * on submit with the matter's materials.
 *
 * @example
 * missingMaterials(matter.materials, data.materials).map((m) => m.name) // ['单位介绍信']
 */
export function missingMaterials(materials: readonly Material[], value: unknown): Material[] {
  const files = Array.isArray(value) ? (value as Array<Partial<MaterialFile>>) : []
  return materials.filter(
    (m) => m.required && !m.systemSupplied && !files.some((f) => f && f.materialId === m.id && f.attachmentId),
  )
}
