import type { MatterBundle } from '@tongban/schemas'
import { useCallback } from 'react'
import type { MatterDraft } from '../../api'
import { findSampleBundle } from '../../fixtures'
import { useAsync } from '../../shared/hooks/use-async'
import { useApi } from '../../shared/ui/api-context'

export interface LoadedDraft extends MatterDraft {
  /** Loaded from the built-in samples because the server is not reachable. */
  offline: boolean
}

/** Load a matter's draft; with no server, fall back to a sample bundle of the same id. */
export function useMatterDraft(id: string) {
  const api = useApi()
  const state = useAsync<LoadedDraft>(async () => {
    try {
      return { ...(await api.matters.get(id)), offline: false }
    } catch (err) {
      const sample = findSampleBundle(id)
      if (sample && (err as { unavailable?: boolean }).unavailable)
        return { bundle: structuredClone(sample), publishedVersion: sample.version, offline: true }
      throw err
    }
  }, [api, id])
  const save = useCallback(
    async (bundle: MatterBundle, offline: boolean): Promise<MatterDraft> =>
      offline ? { bundle, publishedVersion: bundle.version } : api.matters.update(id, bundle),
    [api, id],
  )
  return { ...state, save }
}
