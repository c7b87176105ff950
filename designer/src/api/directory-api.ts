import type { HttpClient } from './http'
import type { Organisation, OrganisationRole, Page, Person } from './types'

/** Directory search for the assignee picker (人员库 / 单位库). */
export function directoryApi(http: HttpClient) {
  return {
    people: (q: string) => http.request<Page<Person>>('/api/directory/people', { query: { q, pageSize: 20 } }),
    organisations: (q: string) =>
      http.request<Page<Organisation>>('/api/directory/organisations', { query: { q, pageSize: 20 } }),
    orgRoles: () => http.request<OrganisationRole[]>('/api/directory/org-roles'),
  }
}
export type DirectoryApi = ReturnType<typeof directoryApi>
