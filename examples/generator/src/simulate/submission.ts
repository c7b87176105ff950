import { createHash } from 'node:crypto'
import type { AttachmentRef } from '@tongban/schemas'
import type { Random } from './random'
import { CASE_ID_TOKEN } from './simulate-case'

/** How a case reached the platform; the monitoring counts everything but `counter` as online (网办率). */
export type SubmissionChannel = 'web' | 'mobile' | 'counter'

/** A template's form data and the uploads it references, ids still carrying {@link CASE_ID_TOKEN}. */
export interface PreparedSubmission {
  data: Record<string, unknown>
  channel: SubmissionChannel
  attachments: AttachmentRef[]
}

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
}

/**
 * Make an example submission into one case's: every uploaded-file entry (`{ attachmentId, … }`,
 * see the server's upload refs) gets its own attachment id `<case>-f<n>` — so each generated case
 * owns its attachment rows, as after a real upload — and picks the channel (`counter` for a share
 * of cases entered at the service window, else `web` or `mobile`; see {@link withChannel}).
 * `salt` makes the files' checksums differ between templates. Deterministic for a given `rng`.
 */
export function prepareSubmission(
  data: Record<string, unknown>,
  counterShare: number,
  rng: Random,
  salt: string,
): PreparedSubmission {
  const attachments: AttachmentRef[] = []
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object') return value
    const entry = value as Record<string, unknown>
    if (typeof entry.attachmentId === 'string') {
      const id = `${CASE_ID_TOKEN}-f${attachments.length + 1}`
      const name = typeof entry.name === 'string' && entry.name ? entry.name : `${id}.pdf`
      const size =
        typeof entry.size === 'number' && Number.isInteger(entry.size) && entry.size >= 0
          ? Math.round(entry.size * (0.5 + rng.next()))
          : rng.int(20_000, 2_000_000)
      attachments.push({
        id,
        ...(typeof entry.materialId === 'string' ? { materialId: entry.materialId } : {}),
        name,
        size,
        sha256: createHash('sha256').update(`${salt}:${id}`).digest('hex'),
        contentType: CONTENT_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
      })
      return { ...entry, attachmentId: id, size }
    }
    return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, walk(v)]))
  }
  const channel: SubmissionChannel = rng.chance(counterShare)
    ? 'counter'
    : rng.chance(0.35)
      ? 'mobile'
      : 'web'
  return { data: walk(data) as Record<string, unknown>, channel, attachments }
}

/**
 * Record the channel in the case data (`data.channel`, what the monitoring's online rate reads)
 * after the engine ran: the engine refuses fields the form does not have, and the channel is the
 * host's fact about the case, not a form field. Later transitions keep it (the state carries it).
 */
export function withChannel<T extends { state: { data: Record<string, unknown> } }>(
  template: T,
  channel: SubmissionChannel,
): T {
  return { ...template, state: { ...template.state, data: { ...template.state.data, channel } } }
}
