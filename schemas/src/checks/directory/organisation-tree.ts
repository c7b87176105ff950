import { issue, type Issue } from '../../common/issue'
import type { OrganisationKind } from '../../directory/directory.schema'
import type { DirectoryCheck } from './directory-check'

const CODE = 'directory.invalid-tree'

/** What may sit directly under what: region > department > office; regions may nest. */
const ALLOWED_PARENT: Record<OrganisationKind, readonly OrganisationKind[]> = {
  region: ['region'],
  department: ['region', 'department'],
  office: ['department', 'office'],
}

/**
 * The organisations form a tree: no cycles, parents of a fitting kind, a region level only on
 * regions, and at most one primary membership per person.
 */
export const organisationTree: DirectoryCheck = {
  code: CODE,
  title: { 'zh-CN': '单位构成合理的树', en: 'Organisations form a proper tree' },
  run({ directory }) {
    const byId = new Map(directory.organisations.map((o) => [o.id, o]))
    const out: Issue[] = []
    directory.organisations.forEach((o, i) => {
      const at = `/organisations/${i}`
      const parent = o.parentId === null ? undefined : byId.get(o.parentId)
      if (parent && !ALLOWED_PARENT[o.kind].includes(parent.kind)) {
        out.push(
          issue(
            `${at}/parentId`,
            CODE,
            `${kindZh(o.kind)}“${o.name}”不能隶属于${kindZh(parent.kind)}“${parent.name}”`,
            `The ${o.kind} "${o.name}" cannot sit under the ${parent.kind} "${parent.name}"`,
          ),
        )
      }
      if (o.regionLevel !== undefined && o.kind !== 'region') {
        out.push(
          issue(
            `${at}/regionLevel`,
            CODE,
            `只有区划才有区划级别（“${o.name}”不是区划）`,
            `Only regions have a region level ("${o.name}" is not a region)`,
          ),
        )
      }
      if (inCycle(o.id, byId)) {
        out.push(
          issue(
            `${at}/parentId`,
            CODE,
            `单位“${o.name}”的上级关系形成了回路`,
            `The parents of "${o.name}" form a cycle`,
          ),
        )
      }
    })
    directory.people.forEach((p, i) => {
      if (p.memberships.filter((m) => m.primary === true).length > 1) {
        out.push(
          issue(
            `/people/${i}/memberships`,
            CODE,
            `人员“${p.name}”有多个主要任职单位`,
            `"${p.name}" has more than one primary membership`,
          ),
        )
      }
    })
    return out
  },
}

// helpers

function kindZh(kind: OrganisationKind): string {
  return { region: '区划', department: '部门', office: '科室' }[kind]
}

function inCycle(id: string, byId: ReadonlyMap<string, { parentId: string | null }>): boolean {
  const seen = new Set<string>()
  let current: string | null | undefined = id
  while (current !== null && current !== undefined) {
    if (seen.has(current)) return current === id
    seen.add(current)
    current = byId.get(current)?.parentId
  }
  return false
}
