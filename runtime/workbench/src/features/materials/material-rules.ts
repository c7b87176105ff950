import type { MaterialFile } from '@tongban/form-core'
import type { Material } from '@tongban/schemas'
import { ApiError } from '../../api/http'
import type { StoredAttachment } from '../../api/types'

/** A message of the UI catalogue with its parameters. */
export interface Problem {
  key: string
  params?: Record<string, string | number>
  /** The server's own words when it sent them (shown instead of the catalogue text). */
  text?: { zh: string; en?: string }
}

/** `1536` → `1.5 KB`; bytes, KB, MB, GB with one decimal from KB on. */
export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let v = bytes / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(1)} ${units[i]}`
}

/** The extension of a file name, lower case without the dot (`介绍信.PDF` → `pdf`). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name)
  return m ? (m[1] as string).toLowerCase() : ''
}

/**
 * Why this file cannot be a file of this material before it is sent (the server checks again):
 * an empty file, a type the material does not accept, or past its size limit.
 */
export function checkFile(material: Material, file: { name: string; size: number }): Problem | undefined {
  if (file.size === 0) return { key: 'materials.empty', params: { name: file.name } }
  const accept = material.accept ?? []
  if (accept.length && !accept.includes(extensionOf(file.name)))
    return { key: 'materials.badType', params: { types: accept.join('、') } }
  if (material.maxSizeMb && file.size > material.maxSizeMb * 1024 * 1024)
    return { key: 'materials.tooLarge', params: { max: material.maxSizeMb } }
  return undefined
}

/** What went wrong with an upload, in words for the clerk (the server's message when it gave one). */
export function uploadProblem(error: unknown): Problem {
  if (error instanceof ApiError) {
    if (error.status === 0) return { key: 'materials.network' }
    if (error.status === 413) return { key: 'materials.serverTooLarge' }
    const detail = error.fieldErrors[0]
    const zh = detail?.message ?? error.message
    const en = detail?.messageEn ?? error.messageEn
    return { key: 'materials.uploadFailed', text: en ? { zh, en } : { zh } }
  }
  return { key: 'materials.uploadFailed', text: { zh: String((error as Error)?.message ?? error) } }
}

/**
 * The materials this checklist shows: those named in `materialIds` (the field's
 * `x-component-props`), else all of the matter's.
 */
export function visibleMaterials(
  materials: readonly Material[],
  materialIds?: readonly string[],
): Material[] {
  if (!materialIds?.length) return [...materials]
  const wanted = new Set(materialIds)
  return materials.filter((m) => wanted.has(m.id) || (m.required && !m.systemSupplied))
}

/** The form value entry for a stored attachment (what `missingMaterials` and the server read). */
export function fileEntry(stored: StoredAttachment, materialId: string): MaterialFile {
  const entry: MaterialFile = { materialId, attachmentId: stored.id, name: stored.name }
  if (typeof stored.size === 'number') entry.size = stored.size
  return entry
}

/** Where the file can be downloaded (the server checks the case's data scope). */
export function downloadUrl(file: { attachmentId: string; url?: string }): string {
  return file.url ?? `/api/attachments/${encodeURIComponent(file.attachmentId)}`
}

/** Hex SHA-256 of a file in the browser, or undefined where WebCrypto is not available (plain http). */
export async function sha256Hex(file: Blob): Promise<string | undefined> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined
  if (!subtle) return undefined
  const digest = await subtle.digest('SHA-256', await file.arrayBuffer())
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

export type Verification = 'verified' | 'mismatch' | 'unchecked'

/** Compare the browser's hash of what was sent with the server's hash of what it stored. */
export function verify(local: string | undefined, server: string | undefined): Verification {
  if (!local || !server) return 'unchecked'
  return local.toLowerCase() === server.toLowerCase() ? 'verified' : 'mismatch'
}
