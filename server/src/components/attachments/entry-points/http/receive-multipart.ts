import busboy from 'busboy'
import type { Request } from 'express'
import { errors } from '../../../../libraries/errors/app-error'
import { storeStream, type StoredFile } from '../../domain/store-attachment'

export interface ReceivedUpload {
  stored: StoredFile
  /** The part's file name (UTF-8), without any path. */
  filename: string
  mimeType: string
  /** The plain fields of the form (first value of each). */
  fields: Record<string, string>
}

/**
 * Stream the multipart part named `file` to disk (through {@link storeStream}: hashed, cut past
 * `maxBytes` with 413); other plain fields are collected. Exactly one file part is read.
 */
export function receiveMultipart(req: Request, dir: string, maxBytes: number): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (err: unknown) => {
      if (settled) return
      settled = true
      // Leave the rest of the body unread but drained, so the error response can be sent.
      req.unpipe()
      req.resume()
      reject(err)
    }
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, fieldSize: 4096, parts: 12, fileSize: maxBytes + 1 },
      })
    } catch {
      return fail(missingFile('请以 multipart/form-data 上传，文件字段名为 file', 'Upload as multipart/form-data with a field named file'))
    }
    const fields: Record<string, string> = {}
    let file: Promise<Omit<ReceivedUpload, 'fields'>> | undefined
    parser.on('field', (name, value) => {
      if (!(name in fields)) fields[name] = value
    })
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) return void stream.resume()
      file = storeStream(stream, dir, maxBytes).then((stored) => ({
        stored,
        filename: baseName(info.filename ?? ''),
        mimeType: (info.mimeType || 'application/octet-stream').slice(0, 100),
      }))
      file.catch(fail)
    })
    parser.on('error', (err) => fail(errors.badRequest('上传内容格式有误', 'Malformed multipart body', { reason: String(err) })))
    parser.on('close', () => {
      if (!file) return fail(missingFile('缺少文件字段 file', 'The form has no file field named file'))
      file.then(
        (f) => {
          if (settled) return
          settled = true
          resolve({ ...f, fields })
        },
        fail,
      )
    })
    req.pipe(parser)
  })
}

// helpers

function missingFile(message: string, messageEn: string) {
  return errors.validation([{ path: '/body/file', code: 'attachment.no-file', message, messageEn }])
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? ''
}
