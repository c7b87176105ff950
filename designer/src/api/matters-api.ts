import type { HttpClient } from './http'
import type { MatterBundle, MatterDraft, MatterQuery, MatterSummary, MatterVersion, Page, ValidationResult } from './types'

const enc = encodeURIComponent

export function mattersApi(http: HttpClient) {
  return {
    list: (query: MatterQuery = {}) => http.request<Page<MatterSummary>>('/api/matters', { query: { ...query } }),
    get: (id: string) => http.request<MatterDraft>(`/api/matters/${enc(id)}`),
    create: (bundle: MatterBundle) => http.request<MatterDraft>('/api/matters', { method: 'POST', body: bundle }),
    update: (id: string, bundle: MatterBundle) =>
      http.request<MatterDraft>(`/api/matters/${enc(id)}`, { method: 'PUT', body: bundle }),
    validate: (id: string) => http.request<ValidationResult>(`/api/matters/${enc(id)}/validate`, { method: 'POST' }),
    publish: (id: string, notes?: string) =>
      http.request<MatterBundle>(`/api/matters/${enc(id)}/publish`, { method: 'POST', body: { notes } }),
    versions: (id: string) => http.request<MatterVersion[]>(`/api/matters/${enc(id)}/versions`),
    version: (id: string, version: number) => http.request<MatterBundle>(`/api/matters/${enc(id)}/versions/${version}`),
    /** A variant of a standard matter for another region (区县变体). */
    createVariant: (id: string, regionId: string) =>
      http.request<MatterDraft>(`/api/matters/${enc(id)}/variants`, { method: 'POST', body: { regionId } }),
    import: (bundle: MatterBundle) => http.request<MatterDraft>('/api/matters/import', { method: 'POST', body: bundle }),
    export: (id: string, version?: number) =>
      http.request<MatterBundle>(`/api/matters/${enc(id)}/export`, { query: { version } }),
  }
}
