import { DirectoryDocument, issue, pointer, validateAgainst, type Issue } from '@tongban/schemas'

/**
 * Validate a directory document: its shape against the contract, then its references (parents,
 * memberships, positions, roles, heads) against itself plus the ids already stored.
 */
export function checkDirectory(
  value: unknown,
  existing: {
    orgIds: ReadonlySet<string>
    positionCodes: ReadonlySet<string>
    roleCodes: ReadonlySet<string>
  } = {
    orgIds: new Set(),
    positionCodes: new Set(),
    roleCodes: new Set(),
  },
): { ok: true; doc: DirectoryDocument } | { ok: false; issues: Issue[] } {
  const shape = validateAgainst(DirectoryDocument, value)
  if (!shape.ok) return { ok: false, issues: shape.issues }
  const doc = shape.value
  const orgIds = new Set([...existing.orgIds, ...doc.organisations.map((o) => o.id)])
  const positions = new Set([...existing.positionCodes, ...doc.positions.map((p) => p.code)])
  const roles = new Set([...existing.roleCodes, ...doc.orgRoles.map((r) => r.code)])
  const issues: Issue[] = []
  const usernames = new Map<string, number>()
  doc.organisations.forEach((o, i) => {
    if (o.parentId !== null && !orgIds.has(o.parentId))
      issues.push(
        issue(
          pointer('organisations', i, 'parentId'),
          'directory.unknown-org',
          `上级单位 ${o.parentId} 不存在`,
          `Parent organisation ${o.parentId} does not exist`,
        ),
      )
  })
  doc.people.forEach((p, i) => {
    const prev = usernames.get(p.username)
    if (prev !== undefined)
      issues.push(
        issue(
          pointer('people', i, 'username'),
          'directory.duplicate-username',
          `用户名 ${p.username} 重复（与第 ${prev + 1} 人）`,
          `Username ${p.username} is used twice`,
        ),
      )
    usernames.set(p.username, i)
    p.memberships.forEach((m, j) => {
      if (!orgIds.has(m.orgId))
        issues.push(
          issue(
            pointer('people', i, 'memberships', j, 'orgId'),
            'directory.unknown-org',
            `单位 ${m.orgId} 不存在`,
            `Organisation ${m.orgId} does not exist`,
          ),
        )
      if (!positions.has(m.positionCode))
        issues.push(
          issue(
            pointer('people', i, 'memberships', j, 'positionCode'),
            'directory.unknown-position',
            `职务 ${m.positionCode} 不存在`,
            `Position ${m.positionCode} does not exist`,
          ),
        )
    })
    ;(p.orgRoles ?? []).forEach((g, j) => {
      if (!roles.has(g.role))
        issues.push(
          issue(
            pointer('people', i, 'orgRoles', j, 'role'),
            'directory.unknown-role',
            `角色 ${g.role} 不存在`,
            `Role ${g.role} does not exist`,
          ),
        )
      if (!orgIds.has(g.orgId))
        issues.push(
          issue(
            pointer('people', i, 'orgRoles', j, 'orgId'),
            'directory.unknown-org',
            `单位 ${g.orgId} 不存在`,
            `Organisation ${g.orgId} does not exist`,
          ),
        )
    })
  })
  return issues.length ? { ok: false, issues } : { ok: true, doc }
}
