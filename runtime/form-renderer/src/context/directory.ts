/**
 * What the pickers need from the personnel and organisation directory (人员库/单位库). The app
 * provides it (the workbench calls the server's directory API); tests and stories use
 * `createMemoryDirectory`.
 */
export interface OrganisationOption {
  id: string
  name: string
  parentId: string | null
  kind?: 'region' | 'department' | 'office'
  /** Has children to load (for lazy trees); leave out when unknown. */
  isLeaf?: boolean
}

export interface PersonOption {
  id: string
  name: string
  orgId?: string
  orgName?: string
  position?: string
  phone?: string
}

export interface DirectoryDataSource {
  /**
   * Organisations matching `query` (name, short name or code). With `''`: the children of
   * `parentId` (`null` = the top of the tree); with `kind` and no `parentId`: all of that kind.
   */
  searchOrganisations(
    query: string,
    options?: { parentId?: string | null; kind?: OrganisationOption['kind']; limit?: number },
  ): Promise<OrganisationOption[]>
  getOrganisations(ids: readonly string[]): Promise<OrganisationOption[]>
  /** People matching `query` (name, username, phone), optionally inside one organisation. */
  searchPeople(query: string, options?: { orgId?: string; limit?: number }): Promise<PersonOption[]>
  getPersons(ids: readonly string[]): Promise<PersonOption[]>
}

/** Uploads one file for one material and returns the stored attachment. */
export type UploadFile = (
  file: File,
  context: { materialId?: string; fieldPath: string },
) => Promise<{ id: string; name: string; size?: number; url?: string }>
