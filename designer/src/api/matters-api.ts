import type { HttpClient } from './http'
import type {
  BundleDiff,
  ImportResult,
  MatterBundle,
  MatterDetail,
  MatterQuery,
  MatterRow,
  MatterSummary,
  MatterVersion,
  Page,
  ValidationResult,
  VariantRequest,
} from './types'

const enc = encodeURIComponent

export function mattersApi(http: HttpClient) {
  const base = (id: string) => `/api/matters/${enc(id)}`
  return {
    list: (query: MatterQuery = {}) => http.request<Page<MatterSummary>>('/api/matters', { query: { ...query } }),
    get: (id: string) => http.request<MatterDetail>(base(id)),
    create: (bundle: MatterBundle) => http.request<MatterRow>('/api/matters', { method: 'POST', body: bundle }),
    /** Save the draft; `revision` (If-Match) refuses to overwrite someone else's newer save. */
    saveDraft: (id: string, bundle: MatterBundle, revision?: number) =>
      http.request<MatterRow>(`${base(id)}/draft`, {
        method: 'PUT',
        body: bundle,
        headers: revision === undefined ? undefined : { 'if-match': `"${revision}"` },
      }),
    remove: (id: string) => http.request<void>(base(id), { method: 'DELETE' }),
    validate: (id: string) => http.request<ValidationResult>(`${base(id)}/validate`, { method: 'POST' }),
    publish: (id: string, notes?: string) => http.request<MatterBundle>(`${base(id)}/publish`, { method: 'POST', body: { notes } }),
    retire: (id: string) => http.request<void>(`${base(id)}/retire`, { method: 'POST' }),
    versions: (id: string) => http.request<Page<MatterVersion>>(`${base(id)}/versions`),
    version: (id: string, version: number | 'draft') => http.request<MatterBundle>(`${base(id)}/versions/${version}`),
    /** Differences between two versions (`from`/`to`: a version number or `draft`). */
    diff: (id: string, from?: string, to?: string) => http.request<BundleDiff>(`${base(id)}/diff`, { query: { from, to } }),
    variants: (id: string) => http.request<Page<MatterSummary>>(`${base(id)}/variants`),
    createVariant: (id: string, body: VariantRequest) => http.request<MatterRow>(`${base(id)}/variants`, { method: 'POST', body }),
    import: (bundle: MatterBundle, publish = false) =>
      http.request<ImportResult>('/api/matters/import', { method: 'POST', body: bundle, query: { publish: publish || undefined } }),
    export: (id: string, version?: number | 'draft') => http.request<MatterBundle>(`${base(id)}/export`, { query: { version } }),
  }
}
