import { MatterBundle, validateAgainst, type Issue } from '@tongban/schemas'

/** Parse and validate a bundle file chosen by the user. */
export async function readBundleFile(file: Blob): Promise<{ bundle?: MatterBundle; issues: Issue[]; error?: string }> {
  let value: unknown
  try {
    value = JSON.parse(await file.text())
  } catch (e) {
    return { issues: [], error: `不是有效的 JSON / Not valid JSON: ${(e as Error).message}` }
  }
  const v = validateAgainst(MatterBundle, value)
  return v.ok ? { bundle: v.value, issues: [] } : { issues: v.issues }
}
