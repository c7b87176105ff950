import { ApiError, apiError, csrfToken, parseBody, withQuery } from './http'
import type { StoredAttachment } from './types'

/** Upload progress: bytes sent so far of `total`. */
export type UploadProgress = (sent: number, total: number) => void

export interface UploadTarget {
  file: File
  materialId?: string
  /**
   * The case the file belongs to when there is one (a saved draft, a case returned for 补正):
   * `POST /api/cases/:id/attachments` with the file as the body. Without it the file goes to
   * `POST /api/attachments` (multipart `file`), unbound and owned by the uploader until a draft or
   * submission that references its id binds it to the case.
   */
  caseId?: string
}

/**
 * Upload one material file with progress (fetch cannot report upload progress, so this uses
 * XMLHttpRequest), with the session cookie and the CSRF header; resolves with the stored attachment
 * (`{id, name, size, sha256, contentType}`) or rejects with an {@link ApiError}.
 */
export function uploadAttachment(
  target: UploadTarget,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
): Promise<StoredAttachment> {
  const { file, materialId, caseId } = target
  let url: string
  let body: XMLHttpRequestBodyInit
  if (caseId) {
    url = withQuery(`/api/cases/${encodeURIComponent(caseId)}/attachments`, { name: file.name, materialId })
    body = file
  } else {
    url = withQuery('/api/attachments', { materialId })
    const form = new FormData()
    // Fields before the file: a streaming parser knows the material (its type and size limits)
    // before the bytes arrive.
    if (materialId) form.append('materialId', materialId)
    form.append('file', file, file.name)
    body = form
  }
  return new Promise<StoredAttachment>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    const token = csrfToken()
    if (token) xhr.setRequestHeader('X-CSRF-Token', token)
    if (caseId) xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size)
    xhr.onload = () => {
      const json = parseBody(xhr.responseText)
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as StoredAttachment)
      else reject(apiError(xhr.status, xhr.statusText, json))
    }
    xhr.onerror = () => reject(new ApiError(0, 'network', '网络连接失败', { messageEn: 'Network error' }))
    xhr.onabort = () => reject(new ApiError(0, 'aborted', '上传已取消', { messageEn: 'Upload cancelled' }))
    signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(body)
  })
}
