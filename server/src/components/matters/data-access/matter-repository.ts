import type { ApplicantScope, MatterBundle } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'

export interface MatterRow {
  id: string
  code: string
  regionId: string
  name: string
  category: string
  acceptingOrgId: string
  status: 'draft' | 'published' | 'retired'
  currentVersion: number
  variantOf: string | null
  draft: MatterBundle
  draftRevision: number
  draftDirty: boolean
  applicantScope: ApplicantScope
  createdAt: string
  updatedAt: string
  updatedBy: string | null
}

const COLUMNS = `id, code, region_id AS "regionId", name, category, accepting_org_id AS "acceptingOrgId", status,
  current_version AS "currentVersion", variant_of AS "variantOf", draft, draft_revision AS "draftRevision",
  draft_dirty AS "draftDirty", applicant_scope AS "applicantScope", created_at AS "createdAt",
  updated_at AS "updatedAt", updated_by AS "updatedBy"`

export async function findMatter(db: Queryable, id: string, forUpdate = false): Promise<MatterRow | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM matters WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  )
  return (rows[0] as MatterRow | undefined) ?? null
}

export async function insertMatter(db: Queryable, bundle: MatterBundle, by: string | null): Promise<void> {
  const m = bundle.matter
  await db.query(
    `INSERT INTO matters (id, code, region_id, name, category, accepting_org_id, status, current_version, variant_of,
                          draft, applicant_scope, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'draft', 0, $7, $8, $9, $10, $10)`,
    [
      m.id,
      m.code,
      m.regionId,
      m.name,
      m.category,
      m.acceptingOrgId,
      m.variantOf ?? null,
      bundle,
      m.applicantScope,
      by,
    ],
  )
}

/** Replace the draft; only when the caller saw `revision` (optimistic lock). Returns the new revision or null. */
export async function updateDraft(
  db: Queryable,
  bundle: MatterBundle,
  revision: number | null,
  by: string | null,
): Promise<number | null> {
  const m = bundle.matter
  const { rows } = await db.query(
    `UPDATE matters SET draft = $2, code = $3, region_id = $4, name = $5, category = $6, accepting_org_id = $7,
            applicant_scope = CASE WHEN current_version = 0 THEN $8 ELSE applicant_scope END,
            draft_revision = draft_revision + 1, draft_dirty = true, updated_at = now(), updated_by = $9
      WHERE id = $1 AND ($10::int IS NULL OR draft_revision = $10)
      RETURNING draft_revision`,
    [m.id, bundle, m.code, m.regionId, m.name, m.category, m.acceptingOrgId, m.applicantScope, by, revision],
  )
  return rows[0] ? Number(rows[0].draft_revision) : null
}

export async function insertVersion(db: Queryable, bundle: MatterBundle, by: string | null): Promise<void> {
  await db.query(
    `INSERT INTO matter_versions (matter_id, version, bundle, published_at, published_by, notes) VALUES ($1, $2, $3, $4, $5, $6)`,
    [bundle.matter.id, bundle.version, bundle, bundle.publishedAt, by, bundle.notes ?? null],
  )
  await db.query(
    `UPDATE matters SET status = 'published', current_version = $2, draft = $3, draft_dirty = false, draft_revision = draft_revision + 1,
            applicant_scope = $4, name = $5, category = $6, accepting_org_id = $7, updated_at = now(), updated_by = $8
      WHERE id = $1`,
    [
      bundle.matter.id,
      bundle.version,
      bundle,
      bundle.matter.applicantScope,
      bundle.matter.name,
      bundle.matter.category,
      bundle.matter.acceptingOrgId,
      by,
    ],
  )
}

export async function setStatus(
  db: Queryable,
  id: string,
  status: MatterRow['status'],
  by: string | null,
): Promise<void> {
  await db.query('UPDATE matters SET status = $2, updated_at = now(), updated_by = $3 WHERE id = $1', [
    id,
    status,
    by,
  ])
}

export async function deleteMatter(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM matters WHERE id = $1', [id])
}

export async function findVersion(
  db: Queryable,
  id: string,
  version: number,
): Promise<{ bundle: MatterBundle; publishedAt: string; publishedBy: string | null } | null> {
  const { rows } = await db.query(
    `SELECT bundle, published_at AS "publishedAt", published_by AS "publishedBy" FROM matter_versions WHERE matter_id = $1 AND version = $2`,
    [id, version],
  )
  return rows[0] ?? null
}

export async function listVersions(
  db: Queryable,
  id: string,
): Promise<
  Array<{ version: number; publishedAt: string; publishedBy: string | null; notes: string | null }>
> {
  const { rows } = await db.query(
    `SELECT version, published_at AS "publishedAt", published_by AS "publishedBy", notes
       FROM matter_versions WHERE matter_id = $1 ORDER BY version DESC`,
    [id],
  )
  return rows
}

export interface MatterSearch {
  q?: string
  code?: string
  category?: string
  acceptingOrgId?: string
  regionId?: string
  status?: string
  /** Only matters whose applicant scope admits someone in these organisations (with ancestors) or holding these roles. */
  applicableTo?: { orgAndAncestorIds: string[]; orgRoles: string[] }
  publishedOnly: boolean
  limit: number
  offset: number
}

export async function searchMatters(
  db: Queryable,
  s: MatterSearch,
): Promise<{ total: number; items: Array<Omit<MatterRow, 'draft'>> }> {
  const where: string[] = []
  const args: unknown[] = []
  const arg = (v: unknown) => {
    args.push(v)
    return `$${args.length}`
  }
  if (s.q) where.push(`(name ILIKE '%' || ${arg(s.q)} || '%' OR code ILIKE '%' || $${args.length} || '%')`)
  if (s.code) where.push(`code = ${arg(s.code)}`)
  if (s.category) where.push(`category = ${arg(s.category)}`)
  if (s.acceptingOrgId) where.push(`accepting_org_id = ${arg(s.acceptingOrgId)}`)
  if (s.regionId) where.push(`region_id = ${arg(s.regionId)}`)
  if (s.status) where.push(`status = ${arg(s.status)}`)
  if (s.publishedOnly) where.push(`status = 'published'`)
  if (s.applicableTo) {
    const orgs = arg(s.applicableTo.orgAndAncestorIds)
    const roles = arg(s.applicableTo.orgRoles)
    where.push(`(applicant_scope->>'kind' = 'any-organisation'
      OR (applicant_scope->>'kind' IN ('organisations', 'regions') AND coalesce(applicant_scope->'orgIds', '[]') ?| ${orgs}::text[])
      OR (applicant_scope->>'kind' = 'org-roles' AND coalesce(applicant_scope->'roles', '[]') ?| ${roles}::text[]))`)
  }
  const clause = where.length ? 'WHERE ' + where.join(' AND ') : ''
  const total = await db.query(`SELECT count(*)::int AS n FROM matters ${clause}`, args)
  const { rows } = await db.query(
    `SELECT ${COLUMNS.replace('draft, ', '')} FROM matters ${clause} ORDER BY category, code, region_id LIMIT ${arg(s.limit)} OFFSET ${arg(s.offset)}`,
    args,
  )
  return { total: Number(total.rows[0]?.n ?? 0), items: rows }
}
