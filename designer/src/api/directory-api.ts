import type { HttpClient } from './http'
import type { DirectoryDocument, Organisation, Page, Person } from './types'

/** The directory (人员库 / 单位库) for pickers and the flow preview. */
export function directoryApi(http: HttpClient) {
  return {
    /** The whole directory (the preview's directory port answers from it). */
    all: () => http.request<DirectoryDocument>('/api/directory'),
    people: (q: string) => http.request<Page<Person>>('/api/people', { query: { q, limit: 20 } }),
    organisations: () => http.request<Page<Organisation>>('/api/organisations'),
  }
}
export type DirectoryApi = ReturnType<typeof directoryApi>
