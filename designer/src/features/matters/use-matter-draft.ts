import type { MatterBundle } from '@tongban/schemas'
import { useCallback, useRef } from 'react'
import { findSampleBundle } from '../../fixtures'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'

export interface LoadedDraft {
  bundle: MatterBundle
  /** The current published bundle, if any (for the publish diff). */
  published: MatterBundle | null
  /** Draft revision for optimistic saves (If-Match). */
  revision?: number
  /** Loaded from the built-in samples because the server is not reachable. */
  offline: boolean
}

/** Load a matter's draft for editing; with no server, fall back to a sample bundle of the same id. */
export function useMatterDraft(id: string) {
  const api = useApi()
  const revision = useRef<number>()
  const state = useAsync<LoadedDraft>(async () => {
    try {
      const detail = await api.matters.get(id)
      const bundle = detail.draft ?? detail.published
      if (!bundle) throw new Error(`事项 ${id} 没有草稿 / Matter ${id} has no draft`)
      revision.current = detail.draftRevision
      return { bundle, published: detail.published, revision: detail.draftRevision, offline: false }
    } catch (err) {
      const sample = findSampleBundle(id)
      if (sample && (err as { unavailable?: boolean }).unavailable)
        return { bundle: structuredClone(sample), published: sample.version > 0 ? sample : null, offline: true }
      throw err
    }
  }, [api, id])
  /** Save the draft; resolves to false when offline (nothing to save to). */
  const save = useCallback(
    async (bundle: MatterBundle): Promise<boolean> => {
      if (state.status === 'ok' && state.data.offline) return false
      const row = await api.matters.saveDraft(id, bundle, revision.current)
      revision.current = row.draftRevision
      return true
    },
    [api, id, state],
  )
  return { ...state, save }
}
