import type { Verification } from './material-rules'

/**
 * Checksum results of this session's uploads, by attachment id. Kept outside React so they survive
 * the form remounting (saving a new draft re-opens the page on the draft's URL).
 */
const results = new Map<string, { verification: Verification; sha256?: string }>()

export function rememberVerification(
  attachmentId: string,
  verification: Verification,
  sha256?: string,
): void {
  results.set(attachmentId, sha256 ? { verification, sha256 } : { verification })
}

export function verificationOf(
  attachmentId: string,
): { verification: Verification; sha256?: string } | undefined {
  return results.get(attachmentId)
}
