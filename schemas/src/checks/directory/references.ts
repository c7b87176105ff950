import { issue, type Issue } from '../../common/issue'
import type { DirectoryCheck } from './directory-check'

const CODE = 'directory.unknown-reference'

/** Every id a directory entry names exists in the directory. */
export const references: DirectoryCheck = {
  code: CODE,
  title: {
    'zh-CN': '引用的单位、人员、职务和角色都存在',
    en: 'Referenced organisations, people, positions and roles exist',
  },
  run({ directory }) {
    const orgs = new Set(directory.organisations.map((o) => o.id))
    const people = new Set(directory.people.map((p) => p.id))
    const positions = new Set(directory.positions.map((p) => p.code))
    const roles = new Set(directory.orgRoles.map((r) => r.code))
    const out: Issue[] = []
    const need = (known: Set<string>, value: string, pointer: string, zh: string, en: string) => {
      if (!known.has(value))
        out.push(issue(pointer, CODE, `${zh}“${value}”不存在`, `${en} "${value}" does not exist`))
    }
    directory.organisations.forEach((o, i) => {
      const at = `/organisations/${i}`
      if (o.parentId !== null) need(orgs, o.parentId, `${at}/parentId`, '上级单位', 'Parent organisation')
      if (o.headId !== undefined) need(people, o.headId, `${at}/headId`, '负责人', 'Head')
      o.leaders?.forEach((l, j) => {
        need(people, l.personId, `${at}/leaders/${j}/personId`, '分管领导', 'Leader')
        l.oversees?.forEach((id, k) =>
          need(orgs, id, `${at}/leaders/${j}/oversees/${k}`, '分管单位', 'Overseen organisation'),
        )
      })
    })
    directory.people.forEach((p, i) => {
      const at = `/people/${i}`
      p.memberships.forEach((m, j) => {
        need(orgs, m.orgId, `${at}/memberships/${j}/orgId`, '任职单位', 'Organisation')
        need(positions, m.positionCode, `${at}/memberships/${j}/positionCode`, '职务', 'Position')
      })
      p.orgRoles?.forEach((g, j) => {
        need(roles, g.role, `${at}/orgRoles/${j}/role`, '角色', 'Role')
        need(orgs, g.orgId, `${at}/orgRoles/${j}/orgId`, '授权单位', 'Organisation')
      })
    })
    return out
  },
}
