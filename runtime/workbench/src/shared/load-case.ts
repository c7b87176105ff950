import type { Material } from '@tongban/schemas'
import { api } from '../api/client'
import type { CaseDetail } from '../api/types'

/** A case with its matter's materials (for the checklist); materials are best effort. */
export async function loadCase(caseId: string): Promise<{ detail: CaseDetail; materials: Material[] }> {
  const detail = await api.caseDetail(caseId)
  const matter = await api.matter(detail.case.matterId).catch(() => undefined)
  return { detail, materials: matter?.published?.matter.materials ?? [] }
}
