import type { DirectoryDocument } from '@tongban/schemas'
import { inTransaction, type Pool } from '../../../libraries/db'
import { errors, fromIssues } from '../../../libraries/errors/app-error'
import type { Principal } from '../../../libraries/auth/principal'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import { upsertDirectory } from '../data-access/directory-repository'
import { checkDirectory } from './check-directory'

/** Validate and upsert a directory document in one transaction; audited. */
export async function importDirectory(
  pool: Pool,
  value: unknown,
  actor: { principal?: Principal | 'system'; meta: RequestMeta; source: string },
): Promise<{ organisations: number; people: number; positions: number; orgRoles: number }> {
  return inTransaction(pool, async (tx) => {
    // One client: queries in sequence.
    const orgs = await tx.query('SELECT id FROM organisations')
    const positions = await tx.query('SELECT code FROM positions')
    const roles = await tx.query('SELECT code FROM org_roles')
    const checked = checkDirectory(value, {
      orgIds: new Set(orgs.rows.map((r) => r.id)),
      positionCodes: new Set(positions.rows.map((r) => r.code)),
      roleCodes: new Set(roles.rows.map((r) => r.code)),
    })
    if (!checked.ok) throw errors.validation(fromIssues(checked.issues))
    const doc: DirectoryDocument = checked.doc
    await upsertDirectory(tx, doc)
    const counts = {
      organisations: doc.organisations.length,
      people: doc.people.length,
      positions: doc.positions.length,
      orgRoles: doc.orgRoles.length,
    }
    await appendAudit(tx, {
      ...auditBase(actor.principal, actor.meta),
      action: 'directory.imported',
      targetType: 'directory',
      data: { source: actor.source, ...counts },
    })
    return counts
  })
}
