import type { Material } from '@tongban/schemas'
import { api } from '../api/client'
import type { CaseDetail } from '../api/types'

/**
 * A case with the materials of the matter version it was started on (for the checklist): from the
 * case detail when the server sends them, else the matter's published version (best effort).
 */
export async function loadCase(caseId: string): Promise<{ detail: CaseDetail; materials: Material[] }> {
  const detail = await api.caseDetail(caseId)
  if (detail.materials) return { detail, materials: detail.materials }
  const matter = await api.matter(detail.case.matterId).catch(() => undefined)
  return { detail, materials: matter?.published?.matter.materials ?? [] }
}
