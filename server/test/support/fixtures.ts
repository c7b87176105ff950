import type { DirectoryDocument } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../src/libraries/db'
import { upsertDirectory } from '../../src/components/directory/data-access/directory-repository'
import { setPasswordHash } from '../../src/components/auth/data-access/credentials-repository'
import { hashPassword } from '../../src/components/auth/domain/password'

export const PASSWORD = 'Test-Passw0rd!'

/**
 * A small city with one county: a person for every platform role, two clerks in different
 * departments (and regions), approvers holding organisation roles.
 */
export const DIRECTORY: DirectoryDocument = {
  organisations: [
    { id: 'city', name: '丽水市', kind: 'region', regionLevel: 'city', parentId: null, status: 'active' },
    {
      id: 'county',
      name: '青田县',
      kind: 'region',
      regionLevel: 'county',
      parentId: 'city',
      status: 'active',
    },
    { id: 'reform', name: '市改革办', kind: 'department', parentId: 'city', status: 'active' },
    {
      id: 'archive',
      name: '市档案馆',
      kind: 'department',
      parentId: 'city',
      headId: 'p-approver',
      status: 'active',
    },
    {
      id: 'hr',
      name: '市人社局',
      kind: 'department',
      parentId: 'city',
      headId: 'p-hr-head',
      status: 'active',
    },
    {
      id: 'county-finance',
      name: '青田县财政局',
      kind: 'department',
      parentId: 'county',
      headId: 'p-county-head',
      status: 'active',
    },
  ],
  positions: [
    { code: 'staff', name: '科员', level: 1 },
    { code: 'head', name: '局长', level: 6 },
  ],
  orgRoles: [{ code: 'archivist', name: '档案管理员' }],
  people: [
    person('p-admin', 'admin', '管理员', 'reform', ['admin']),
    person('p-designer', 'designer', '设计员', 'reform', ['designer']),
    person('p-clerk', 'clerk', '张办事', 'hr', ['clerk']),
    person('p-clerk2', 'clerk2', '李县办', 'county-finance', ['clerk']),
    {
      ...person('p-approver', 'approver', '王档案', 'archive', ['approver'], 'head'),
      orgRoles: [{ role: 'archivist', orgId: 'archive' }],
    },
    person('p-approver2', 'approver2', '赵审批', 'archive', ['approver']),
    person('p-hr-head', 'hrhead', '钱局长', 'hr', ['approver', 'clerk'], 'head'),
    person('p-county-head', 'countyhead', '孙县局长', 'county-finance', ['approver'], 'head'),
    person('p-supervisor', 'supervisor', '周监察', 'city', ['supervisor']),
    person('p-county-sup', 'countysup', '吴县监察', 'county', ['supervisor']),
    person('p-auditor', 'auditor', '郑审计', 'reform', ['auditor']),
  ],
}

/** Load the directory and give everyone `PASSWORD`. */
export async function seedDirectory(pool: Pool, doc: DirectoryDocument = DIRECTORY): Promise<void> {
  const hash = await hashPassword(PASSWORD)
  await inTransaction(pool, async (tx) => {
    await upsertDirectory(tx, doc)
    for (const p of doc.people) await setPasswordHash(tx, p.id, hash)
  })
}

// helpers

function person(
  id: string,
  username: string,
  name: string,
  orgId: string,
  roles: DirectoryDocument['people'][number]['roles'],
  positionCode = 'staff',
) {
  return {
    id,
    username,
    name,
    memberships: [{ orgId, positionCode, primary: true }],
    roles,
    status: 'active' as const,
  }
}
