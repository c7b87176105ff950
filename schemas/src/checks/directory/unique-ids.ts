import { issue, type Issue } from '../../common/issue'
import type { DirectoryCheck } from './directory-check'

const CODE = 'directory.duplicate-id'

/** Ids (and usernames) are unique within their kind: every reference resolves to one thing. */
export const uniqueIds: DirectoryCheck = {
  code: CODE,
  title: { 'zh-CN': '编号唯一', en: 'Unique ids' },
  run({ directory }) {
    return [
      ...duplicates(
        directory.organisations.map((o) => o.id),
        '/organisations',
        'id',
        '单位编号',
        'organisation id',
      ),
      ...duplicates(
        directory.people.map((p) => p.id),
        '/people',
        'id',
        '人员编号',
        'person id',
      ),
      ...duplicates(
        directory.people.map((p) => p.username),
        '/people',
        'username',
        '用户名',
        'username',
      ),
      ...duplicates(
        directory.positions.map((p) => p.code),
        '/positions',
        'code',
        '职务代码',
        'position code',
      ),
      ...duplicates(
        directory.orgRoles.map((r) => r.code),
        '/orgRoles',
        'code',
        '角色代码',
        'role code',
      ),
    ]
  },
}

// helpers

function duplicates(values: string[], list: string, key: string, zh: string, en: string): Issue[] {
  const seen = new Set<string>()
  return values.flatMap((value, i) => {
    if (!seen.has(value)) {
      seen.add(value)
      return []
    }
    return [issue(`${list}/${i}/${key}`, CODE, `${zh}“${value}”重复`, `Duplicate ${en} "${value}"`)]
  })
}
