import type { DirectoryDocument, Organisation, OrganisationRole, Person } from '@tongban/schemas'
import { useEffect, useState } from 'react'
import type { Api } from '../../../../api'
import { sampleOrganisations, sampleOrgRoles, samplePeople } from '../../../../fixtures'
import { useApi } from '../../../../shared/ui/api-context'

export interface LoadedDirectory {
  doc: DirectoryDocument
  /** True when the server was unreachable and the sample directory answers. */
  offline: boolean
}

const SAMPLE: DirectoryDocument = { organisations: sampleOrganisations, people: samplePeople, positions: [], orgRoles: sampleOrgRoles }
const cache = new WeakMap<Api, Promise<LoadedDirectory>>()

/** Load the whole directory once per API client (pickers and the preview share it). */
export function loadDirectory(api: Api): Promise<LoadedDirectory> {
  let p = cache.get(api)
  if (!p) {
    p = api.directory.all().then(
      (doc) => ({ doc, offline: false }),
      () => ({ doc: SAMPLE, offline: true }),
    )
    cache.set(api, p)
  }
  return p
}

export function useDirectory(): LoadedDirectory | undefined {
  const api = useApi()
  const [dir, setDir] = useState<LoadedDirectory>()
  useEffect(() => {
    let live = true
    loadDirectory(api).then((d) => live && setDir(d))
    return () => {
      live = false
    }
  }, [api])
  return dir
}

type Kind = 'people' | 'organisations'
type Item<K extends Kind> = K extends 'people' ? Person : Organisation

/** Search people or organisations by name, username or id (at most 50 answers). */
export function useDirectorySearch<K extends Kind>(kind: K, query: string): { items: Item<K>[]; loading: boolean } {
  const dir = useDirectory()
  if (!dir) return { items: [], loading: true }
  const list = (kind === 'people' ? dir.doc.people : dir.doc.organisations) as Item<K>[]
  const q = query.trim()
  const items = list.filter((x) => !q || x.name.includes(q) || x.id.includes(q) || ('username' in x && x.username.includes(q)))
  return { items: items.slice(0, 50), loading: false }
}

export function useOrgRoles(): OrganisationRole[] {
  return useDirectory()?.doc.orgRoles ?? sampleOrgRoles
}
