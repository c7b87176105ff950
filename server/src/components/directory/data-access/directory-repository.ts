import type { DirectoryDocument, Organisation, Person, PlatformRole } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'

/** Upsert a whole directory document. Memberships and role grants of the given people are replaced. */
export async function upsertDirectory(tx: Queryable, doc: DirectoryDocument): Promise<void> {
  for (const p of doc.positions)
    await tx.query(
      `INSERT INTO positions (code, name, level) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level`,
      [p.code, p.name, p.level],
    )
  for (const r of doc.orgRoles)
    await tx.query(
      `INSERT INTO org_roles (code, name, description) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description`,
      [r.code, r.name, r.description ?? null],
    )
  for (const o of doc.organisations)
    await tx.query(
      `INSERT INTO organisations (id, name, short_name, kind, region_level, parent_id, code, head_id, leaders, ord, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name, kind = EXCLUDED.kind,
         region_level = EXCLUDED.region_level, parent_id = EXCLUDED.parent_id, code = EXCLUDED.code,
         head_id = EXCLUDED.head_id, leaders = EXCLUDED.leaders, ord = EXCLUDED.ord, status = EXCLUDED.status, updated_at = now()`,
      [
        o.id,
        o.name,
        o.shortName ?? null,
        o.kind,
        o.regionLevel ?? null,
        o.parentId,
        o.code ?? null,
        o.headId ?? null,
        JSON.stringify(o.leaders ?? []),
        o.order ?? null,
        o.status,
      ],
    )
  for (const p of doc.people) {
    await tx.query(
      `INSERT INTO people (id, username, name, phone, email, roles, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, name = EXCLUDED.name, phone = EXCLUDED.phone,
         email = EXCLUDED.email, roles = EXCLUDED.roles, status = EXCLUDED.status, updated_at = now()`,
      [p.id, p.username, p.name, p.phone ?? null, p.email ?? null, p.roles, p.status],
    )
    await tx.query('DELETE FROM memberships WHERE person_id = $1', [p.id])
    await tx.query('DELETE FROM role_grants WHERE person_id = $1', [p.id])
    for (const m of p.memberships)
      await tx.query(
        `INSERT INTO memberships (person_id, org_id, position_code, is_primary) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [p.id, m.orgId, m.positionCode, m.primary ?? false],
      )
    for (const g of p.orgRoles ?? [])
      await tx.query(
        'INSERT INTO role_grants (person_id, role, org_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [p.id, g.role, g.orgId],
      )
  }
}

/** The whole directory as a document (export, and the engine's directory port). */
export async function readDirectory(db: Queryable): Promise<DirectoryDocument> {
  // Sequential: `db` may be a single client inside a transaction.
  const orgs = await db.query('SELECT * FROM organisations ORDER BY ord NULLS LAST, id')
  const people = await db.query('SELECT * FROM people ORDER BY id')
  const memberships = await db.query('SELECT * FROM memberships ORDER BY person_id, is_primary DESC, org_id')
  const grants = await db.query('SELECT * FROM role_grants ORDER BY person_id, role, org_id')
  const positions = await db.query('SELECT * FROM positions ORDER BY level, code')
  const roles = await db.query('SELECT * FROM org_roles ORDER BY code')
  const byPerson = new Map<string, Person>()
  const outPeople: Person[] = people.rows.map((r) => {
    const p: Person = {
      id: r.id,
      username: r.username,
      name: r.name,
      memberships: [],
      roles: r.roles as PlatformRole[],
      status: r.status,
    }
    if (r.phone) p.phone = r.phone
    if (r.email) p.email = r.email
    byPerson.set(p.id, p)
    return p
  })
  for (const m of memberships.rows) {
    const p = byPerson.get(m.person_id)
    if (p)
      p.memberships.push({
        orgId: m.org_id,
        positionCode: m.position_code,
        ...(m.is_primary ? { primary: true } : {}),
      })
  }
  for (const g of grants.rows) {
    const p = byPerson.get(g.person_id)
    if (p) (p.orgRoles ??= []).push({ role: g.role, orgId: g.org_id })
  }
  return {
    organisations: orgs.rows.map(toOrganisation),
    people: outPeople,
    positions: positions.rows.map((r) => ({ code: r.code, name: r.name, level: r.level })),
    orgRoles: roles.rows.map((r) => ({
      code: r.code,
      name: r.name,
      ...(r.description ? { description: r.description } : {}),
    })),
  }
}

export async function countPeople(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM people')
  return rows[0]?.n ?? 0
}

/** Ids of `orgId` and every organisation above it, nearest first. */
export async function ancestorsOf(
  db: Queryable,
  orgIds: readonly string[],
): Promise<Array<{ id: string; kind: string; depth: number }>> {
  const { rows } = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, kind, 0 AS depth FROM organisations WHERE id = ANY($1)
       UNION ALL
       SELECT o.id, o.parent_id, o.kind, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id
     ) SELECT DISTINCT ON (id) id, kind, depth FROM up ORDER BY id, depth`,
    [orgIds],
  )
  return (rows as Array<{ id: string; kind: string; depth: number }>).sort((a, b) => a.depth - b.depth)
}

/** Ids of `orgId` and everything below it. */
export async function descendantsOf(db: Queryable, orgIds: readonly string[]): Promise<string[]> {
  const { rows } = await db.query(
    `WITH RECURSIVE down AS (
       SELECT id FROM organisations WHERE id = ANY($1)
       UNION
       SELECT o.id FROM organisations o JOIN down ON o.parent_id = down.id
     ) SELECT id FROM down`,
    [orgIds],
  )
  return rows.map((r) => r.id as string)
}

// helpers

function toOrganisation(r: Record<string, any>): Organisation {
  const o: Organisation = { id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id, status: r.status }
  if (r.short_name) o.shortName = r.short_name
  if (r.region_level) o.regionLevel = r.region_level
  if (r.code) o.code = r.code
  if (r.head_id) o.headId = r.head_id
  if (Array.isArray(r.leaders) && r.leaders.length) o.leaders = r.leaders
  if (r.ord !== null && r.ord !== undefined) o.order = r.ord
  return o
}
