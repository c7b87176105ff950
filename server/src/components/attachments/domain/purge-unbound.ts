import fs from 'node:fs'
import path from 'node:path'
import type { Pool } from '../../../libraries/db'
import { deleteUnboundBefore } from '../data-access/attachment-repository'

/** The graphile-worker task that purges stale unbound uploads (run hourly by the crontab). */
export const PURGE_UNBOUND_TASK = 'attachments-purge-unbound'
/** An upload no case referenced within this long is removed. */
export const UNBOUND_TTL_MS = 24 * 60 * 60 * 1000

/**
 * Delete unbound uploads older than a day (rows first, in batches, then their files): an applicant
 * who uploaded and never saved a case leaves nothing behind. Returns how many were removed.
 */
export async function purgeUnboundUploads(pool: Pool, dataDir: string, now = new Date()): Promise<number> {
  const dir = path.join(dataDir, 'attachments')
  const before = new Date(now.getTime() - UNBOUND_TTL_MS)
  let total = 0
  for (;;) {
    const ids = await deleteUnboundBefore(pool, before, 500)
    await Promise.all(ids.map((id) => fs.promises.rm(path.join(dir, id), { force: true })))
    total += ids.length
    if (ids.length < 500) return total
  }
}
