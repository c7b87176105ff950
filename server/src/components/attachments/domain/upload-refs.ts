/**
 * Where case data references uploaded files. A `MaterialUpload` field holds a list of
 * `{ materialId, attachmentId, name, size?, url? }` (see `@tongban/form-core` `MaterialFile`);
 * such entries may sit at any depth (array rows, nested objects), so the data is walked whole.
 */
export interface UploadRef {
  /** JSON pointer of the entry inside the request, e.g. `/data/materials/0`. */
  path: string
  /** The top-level form field holding the entry (for messages). */
  field: string
  attachmentId: string
  materialId?: string
}

/** Every `{ attachmentId }` entry in `data`, in document order. */
export function findUploadRefs(data: unknown, base = '/data'): UploadRef[] {
  const out: UploadRef[] = []
  const walk = (value: unknown, path: string, field: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}/${i}`, field))
      return
    }
    if (!value || typeof value !== 'object') return
    const entry = value as Record<string, unknown>
    if (typeof entry.attachmentId === 'string') {
      out.push({
        path,
        field,
        attachmentId: entry.attachmentId,
        ...(typeof entry.materialId === 'string' ? { materialId: entry.materialId } : {}),
      })
      return
    }
    for (const [k, v] of Object.entries(entry)) walk(v, `${path}/${escape(k)}`, field || k)
  }
  walk(data, base, '')
  return out
}

// helpers

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
