import type { OrgRoleGrant, PlatformRole } from '@tongban/schemas'
import { prepared, type Queryable } from '../../../libraries/db'
import type { Principal } from '../../../libraries/auth/principal'

/**
 * The live session and its person's principal in ONE round trip (this runs on every request):
 * session checks (not revoked, not expired, not idle), a touch of `last_seen_at` at most once a
 * minute, the person's roles, organisations (primary first), regions above them and org roles.
 */
export async function loadSessionPrincipal(
  db: Queryable,
  sessionId: string,
  idleMinutes: number,
): Promise<{ principal: Principal; csrfToken: string; directoryVersion: number } | null> {
  const { rows } = await db.query(
    prepared(`WITH s AS (
       SELECT id, person_id, csrf_token, last_seen_at FROM sessions
        WHERE id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
     ), touch AS (
       UPDATE sessions SET last_seen_at = now() WHERE id IN (${touchDue('s')}) RETURNING id
     ), m AS (
       SELECT org_id, is_primary FROM memberships WHERE person_id = (SELECT person_id FROM s)
     ), up AS (
       WITH RECURSIVE up(id, parent_id, kind, depth) AS (
         SELECT o.id, o.parent_id, o.kind, 0 FROM organisations o WHERE o.id IN (SELECT org_id FROM m)
         UNION ALL
         SELECT o.id, o.parent_id, o.kind, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id
       ) SELECT id, min(depth) AS depth FROM up WHERE kind = 'region' GROUP BY id
     )
     SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", p.id, p.username, p.name, p.roles,
            (SELECT coalesce(json_agg(org_id ORDER BY is_primary DESC, org_id), '[]') FROM m) AS "orgIds",
            (SELECT coalesce(json_agg(id ORDER BY depth, id), '[]') FROM up) AS "regionIds",
            (SELECT coalesce(json_agg(json_build_object('role', g.role, 'orgId', g.org_id)), '[]') FROM role_grants g WHERE g.person_id = p.id) AS "orgRoles",
            (SELECT count(*) FROM touch) AS touched, (SELECT v FROM directory_version) AS "directoryVersion"
       FROM s JOIN people p ON p.id = s.person_id AND p.status = 'active'`),
    [sessionId, idleMinutes],
  )
  const r = rows[0]
  if (!r) return null
  return {
    csrfToken: r.csrfToken,
    directoryVersion: Number(r.directoryVersion),
    principal: {
      kind: 'user',
      personId: r.id,
      username: r.username,
      name: r.name,
      roles: r.roles as PlatformRole[],
      orgIds: [...new Set(r.orgIds as string[])],
      regionIds: r.regionIds as string[],
      orgRoles: r.orgRoles as OrgRoleGrant[],
      sessionId: r.sessionId,
    },
  }
}

/**
 * The live part of a session check, for a principal already known: the session is not revoked,
 * expired or idle, its person is active (and `last_seen_at` is touched at most once a minute), and
 * the directory version. As CTEs and select-list expressions, so that a route can fold the check
 * into its own first query; parameters are numbered from `first` (session id, idle minutes), CTE
 * names and column aliases go through `name` (a statement that carries several saves, see
 * SaveSlot).
 */
export function liveSessionSql(
  first: number,
  name: (base: string) => string = (base) => base,
): { ctes: string; select: string } {
  const id = `$${first}`
  const idle = `$${first + 1}`
  const live = name('live_s')
  const touch = name('live_touch')
  return {
    ctes: `${live} AS (
       SELECT s.id, s.last_seen_at FROM sessions s JOIN people p ON p.id = s.person_id AND p.status = 'active'
        WHERE s.id = ${id} AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => ${idle})
     ), ${touch} AS (
       UPDATE sessions SET last_seen_at = now() WHERE id IN (${touchDue(live)}) RETURNING 1
     )`,
    select: `EXISTS (SELECT 1 FROM ${live}) AS "${name('sessionOk')}", (SELECT v FROM directory_version) AS "${name('directoryVersion')}",
       (SELECT count(*) FROM ${touch}) AS "${name('sessionTouched')}"`,
  }
}

/**
 * The session of CTE `live` if its `last_seen_at` is due a touch (at most once a minute), unless
 * another transaction holds its row: that one is touching it (or revoking it), and waiting for it
 * would hold up this request, or a save statement carrying saves of several sessions, for nothing
 * (two such statements touching two sessions in opposite orders would deadlock). A touch skipped
 * is made by the session's next request.
 */
function touchDue(live: string): string {
  return `SELECT t.id FROM sessions t WHERE t.id IN (SELECT id FROM ${live} WHERE last_seen_at < now() - interval '1 minute') FOR UPDATE SKIP LOCKED`
}

/** The live session check on its own (one light round trip). */
export async function checkSession(
  db: Queryable,
  sessionId: string,
  idleMinutes: number,
): Promise<{ sessionOk: boolean; directoryVersion: number }> {
  const live = liveSessionSql(1)
  const { rows } = await db.query(prepared(`WITH ${live.ctes} SELECT ${live.select}`), [
    sessionId,
    idleMinutes,
  ])
  return { sessionOk: rows[0].sessionOk === true, directoryVersion: Number(rows[0].directoryVersion) }
}
