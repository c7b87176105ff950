import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AppError } from '../../../libraries/errors/app-error'

export interface StoredFile {
  id: string
  size: number
  sha256: string
}

/**
 * Stream an upload to `<dir>/<id>` (never held in memory), hashing as it goes; past `maxBytes` the
 * stream is cut and the partial file removed (413).
 */
export async function storeStream(source: Readable, dir: string, maxBytes: number): Promise<StoredFile> {
  await fs.promises.mkdir(dir, { recursive: true })
  const id = `a-${crypto.randomBytes(12).toString('hex')}`
  const partial = path.join(dir, `${id}.part`)
  const hash = crypto.createHash('sha256')
  let size = 0
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length
      if (size > maxBytes)
        return done(
          new AppError(
            'attachment.too-large',
            `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB`,
            413,
            `File larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
          ),
        )
      hash.update(chunk)
      done(null, chunk)
    },
  })
  const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 })
  try {
    await pipeline(source, meter, out)
  } catch (err) {
    // The file may still be opening when the stream is cut: remove it only once it is closed.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()))
    await fs.promises.rm(partial, { force: true })
    throw err
  }
  await fs.promises.rename(partial, path.join(dir, id))
  return { id, size, sha256: hash.digest('hex') }
}

/** The extension of a file name, lower case without the dot. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name)
  return m ? (m[1] as string).toLowerCase() : ''
}
