/**
 * The database's share of an approval, measured alone: pgbench (its C client, prepared statements,
 * as in the TPC-B run) executes the writes the server's one-statement save makes for an approval,
 * with no HTTP, no server and no Node in the way. Its rate is a ceiling: no server on this machine
 * completes approvals faster than their database work alone runs, and a real server must share
 * the cores with it.
 *
 * The statement mirrors `persistInOneStatement` for an approval on a held case (persist-fast.ts and
 * the guard of act-on-held-case.ts): the caller's right to the case and live session checked, the
 * case row rewritten with its whole state, the completed task updated and the next one inserted,
 * the transition's events, the notification and the audit record inserted. Its values are those of
 * a real approval of the bench run (the state of the running case nearest the chain's middle step,
 * its last transition's events, tasks and notification). Two things differ, for replay: the case's next version, task ids and event
 * numbers are computed in the statement (a captured statement would write each only once), and each
 * pgbench client works on cases of its own (no row-lock waits, which flatters the ceiling).
 * With `batch` > 1 each statement carries that many approvals, as the server's SaveBatcher does.
 * If persist-fast's statement changes, change this one with it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'

/** Cases each pgbench client draws from per slot of a statement. */
const CASES_PER_SLOT = 8
const START_VERSION = 1_000_000

export interface FloorRun {
  /** Approvals written per second. */
  approvalsPerSecond: number
  /** Events one approval writes (as the sampled transition did). */
  eventsPerApproval: number
  /** The sampled case's state version and the size of its state (JSON characters). */
  sampledVersion: number
  stateChars: number
}

/**
 * Run pgbench with the approval statement for `seconds` with `clients` clients, `batch` approvals per
 * statement, on `dbUrl` (the bench database after its completion phase: its cases and sessions are
 * sampled). Checks that every approval counted was written.
 */
export async function approvalFloor(
  pool: pg.Pool,
  dbUrl: string,
  options: {
    seconds: number
    clients: number
    batch: number
    approver: string
    /** The state version of a case at the chain's middle step: the sample is the running case nearest it. */
    midVersion: number
  },
): Promise<FloorRun> {
  const { seconds, clients, batch, approver } = options
  // pgbench passes each variable occurrence as a parameter, at most 255 per statement (16 each).
  if (!(batch >= 1 && batch <= 15)) throw new Error(`approval floor: batch ${batch} is not within 1..15`)
  const sample = await sampleApproval(pool, approver, options.midVersion)
  await prepareCases(pool, sample.caseId, clients, batch, approver)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-floor-'))
  const script = path.join(dir, `approval-x${batch}.sql`)
  fs.writeFileSync(script, floorScript(batch))
  const written0 = await floorAudits(pool)
  const u = new URL(dbUrl)
  const out = execFileSync(
    'pgbench',
    [
      ...['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username)],
      ...['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script],
      ...Object.entries(sample.vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
      u.pathname.slice(1),
    ],
    {
      // Generic plans, as the server's save pool has them (createSavePool).
      env: {
        ...process.env,
        PGPASSWORD: decodeURIComponent(u.password),
        PGOPTIONS: '-c plan_cache_mode=force_generic_plan',
      },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  const tps = /tps = ([\d.]+)/.exec(out)
  const done = /number of transactions actually processed: (\d+)/.exec(out)
  if (!tps || !done) throw new Error(`pgbench output not understood:\n${out}`)
  // A guard that failed would make the statement write nothing and still count: make sure it wrote.
  const written = (await floorAudits(pool)) - written0
  if (written !== Number(done[1]) * batch)
    throw new Error(`approval floor: ${Number(done[1]) * batch} approvals run, ${written} written`)
  return {
    approvalsPerSecond: Number(tps[1]) * batch,
    eventsPerApproval: sample.events,
    sampledVersion: sample.version,
    stateChars: sample.vars.state?.length ?? 0,
  }
}

interface Sample {
  caseId: string
  version: number
  events: number
  /** pgbench variables (-D): the statement's values. */
  vars: Record<string, string>
}

/** A real mid-chain approval of the run: its case, its last transition's events, tasks, notification. */
async function sampleApproval(pool: pg.Pool, approver: string, midVersion: number): Promise<Sample> {
  const { rows } = await pool.query(
    // The running case nearest the chain's middle step: the bench approves every step alike, and
    // the state grows with each step (the latest case would carry the largest state).
    `SELECT c.id, c.state_version AS version, c.state::text AS state, c.data::text AS data
       FROM cases c
      WHERE c.status = 'in-progress' AND c.state_version >= 3 AND c.id NOT LIKE 'floor-%'
      ORDER BY abs(c.state_version - $1), c.id LIMIT 1`,
    [midVersion],
  )
  const c = rows[0] as { id: string; version: number; state: string; data: string } | undefined
  if (!c) throw new Error('approval floor: no mid-chain case to sample (run the completion phase first)')
  const events = await pool.query(
    `SELECT json_agg(json_build_object('type', type, 'at', at, 'actorId', actor_id, 'nodeId', node_id,
                                       'taskId', task_id, 'data', data) ORDER BY seq)::text AS j, count(*) AS n
       FROM case_events WHERE case_id = $1 AND at = (SELECT max(at) FROM case_events WHERE case_id = $1)`,
    [c.id],
  )
  const tasks = await pool.query(
    `SELECT json_agg(t ORDER BY t."createdAt")::text AS j FROM (
       SELECT node_id AS "nodeId", node_name AS "nodeName", kind, assignee_id AS "assigneeId",
              owner_id AS "ownerId", status, outcome, comment, created_at AS "createdAt",
              completed_at AS "completedAt", due_at AS "dueAt", card
         FROM tasks WHERE case_id = $1 ORDER BY created_at DESC LIMIT 2) t`,
    [c.id],
  )
  const notes = await pool.query(
    `SELECT json_agg(json_build_object('person_id', person_id, 'task_id', task_id, 'reason', reason,
                                       'message', message, 'message_en', message_en))::text AS j
       FROM (SELECT * FROM notifications WHERE case_id = $1 ORDER BY id DESC LIMIT 1) n`,
    [c.id],
  )
  const session = await pool.query(
    `SELECT id FROM sessions WHERE person_id = $1 AND revoked_at IS NULL ORDER BY last_seen_at DESC LIMIT 1`,
    [approver],
  )
  const version = await pool.query(`SELECT v FROM directory_version`)
  const n = Number(events.rows[0].n)
  if (n < 2 || !tasks.rows[0].j || !notes.rows[0].j || !session.rows[0])
    throw new Error(`approval floor: the sampled case ${c.id} has no complete transition`)
  return {
    caseId: c.id,
    version: c.version,
    events: n,
    vars: {
      person: approver,
      sid: session.rows[0].id as string,
      idle: '30',
      dirv: String(version.rows[0].v),
      state: c.state,
      data: c.data,
      tasks: tasks.rows[0].j as string,
      events: events.rows[0].j as string,
      notes: notes.rows[0].j as string,
      auditdata: JSON.stringify({ command: 'approve', version: 2 }),
    },
  }
}

/**
 * Copies of the sampled case for each client and slot (`floor-<client>-<k>`), each with an open
 * task of the approver so that the scope check passes by the same path as in the bench.
 */
async function prepareCases(pool: pg.Pool, from: string, clients: number, batch: number, approver: string) {
  const perClient = batch * CASES_PER_SLOT
  await pool.query(
    `INSERT INTO cases (id, no, title, matter_id, matter_code, matter_version, applicant_id, applicant_org_id,
                        applicant_region_id, accepting_org_id, region_id, status, data, attachments,
                        current_node_ids, card, created_at, submitted_at, promised_deadline, legal_deadline,
                        state, state_version)
     SELECT 'floor-' || cl || '-' || k, 'FLOOR-' || cl || '-' || k, title, matter_id, matter_code, matter_version,
            applicant_id, applicant_org_id, applicant_region_id, accepting_org_id, region_id, status, data,
            attachments, current_node_ids, card, created_at, submitted_at, promised_deadline, legal_deadline,
            state, $2
       FROM cases, generate_series(0, $3 - 1) cl, generate_series(0, $4 - 1) k
      WHERE id = $1
     ON CONFLICT (id) DO NOTHING`,
    [from, START_VERSION, clients, perClient],
  )
  await pool.query(
    `INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, status, created_at, card)
     SELECT c.id || '-t' || c.state_version, c.id, 'floor', 'floor', 'approval', $1, 'open', now(), 'none'
       FROM cases c WHERE c.id LIKE 'floor-%'
     ON CONFLICT (id) DO NOTHING`,
    [approver],
  )
}

async function floorAudits(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id LIKE 'floor-%'`)
  return rows[0].n as number
}

/** The pgbench script: `batch` approvals of distinct cases of this client in one statement. */
export function floorScript(batch: number): string {
  const sets = Array.from(
    { length: batch },
    (_, i) => `\\set k${i} random(${i * CASES_PER_SLOT}, ${(i + 1) * CASES_PER_SLOT - 1})`,
  )
  const parts = Array.from({ length: batch }, (_, i) => approvalCtes(i))
  const saved = Array.from({ length: batch }, (_, i) => `(SELECT count(*) FROM s_${i})`).join(' + ')
  const touched = Array.from({ length: batch }, (_, i) => `(SELECT count(*) FROM live_touch_${i})`).join(
    ' + ',
  )
  // pgbench takes one statement per line.
  const statement = `WITH ${parts.join(', ')} SELECT ${saved} AS saved, ${touched} AS touched`
  return `${sets.join('\n')}\n${statement.replace(/\s+/g, ' ')};\n`
}

/** One approval's CTEs (suffix `_i`), as persist-fast renders them for an approval on a held case. */
function approvalCtes(i: number): string {
  const id = `'floor-' || :client_id || '-' || :k${i}`
  const s = `s_${i}`
  return `held_visible_${i} AS (
      SELECT (c.applicant_id = :person OR EXISTS (SELECT 1 FROM tasks st WHERE st.case_id = c.id AND st.assignee_id = :person)) AS ok
        FROM cases c WHERE c.id = ${id}),
    live_s_${i} AS (
      SELECT s.id, s.last_seen_at FROM sessions s JOIN people p ON p.id = s.person_id AND p.status = 'active'
       WHERE s.id = :sid AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => :idle)),
    live_touch_${i} AS (
      UPDATE sessions SET last_seen_at = now()
       WHERE id IN (SELECT t.id FROM sessions t WHERE t.id IN (SELECT id FROM live_s_${i} WHERE last_seen_at < now() - interval '1 minute')
                    FOR UPDATE SKIP LOCKED) RETURNING 1),
    ${s} AS (
      UPDATE cases c SET state = :state::json, state_version = c.state_version + 1, status = 'in-progress', data = :data::jsonb,
             current_node_ids = c.current_node_ids, card = c.card, submitted_at = c.submitted_at, finished_at = NULL,
             promised_deadline = c.promised_deadline, legal_deadline = c.legal_deadline, updated_at = now()
       WHERE c.id = ${id} AND (SELECT ok FROM held_visible_${i}) AND EXISTS (SELECT 1 FROM live_s_${i})
         AND (SELECT v FROM directory_version) = :dirv::bigint AND NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active)
       RETURNING c.id, c.state_version AS v),
    t_${i} AS (
      INSERT INTO tasks (id, case_id, node_id, node_name, kind, assignee_id, owner_id, status, outcome, comment, created_at, completed_at, due_at, card)
      SELECT s.id || '-t' || (s.v - 2 + x.o), s.id, x."nodeId", x."nodeName", x.kind, x."assigneeId", x."ownerId", x.status, x.outcome,
             x.comment, x."createdAt", x."completedAt", x."dueAt", x.card
        FROM ${s} s, (SELECT *, row_number() OVER () AS o FROM jsonb_to_recordset(:tasks::jsonb) AS y("nodeId" text, "nodeName" text,
             kind text, "assigneeId" text, "ownerId" text, status text, outcome text, comment text, "createdAt" timestamptz,
             "completedAt" timestamptz, "dueAt" timestamptz, card text)) x
      ON CONFLICT (id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, owner_id = EXCLUDED.owner_id, status = EXCLUDED.status,
         outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, completed_at = EXCLUDED.completed_at, due_at = EXCLUDED.due_at,
         card = EXCLUDED.card, node_name = EXCLUDED.node_name),
    e_${i} AS (
      INSERT INTO case_events (case_id, seq, type, at, actor_id, node_id, task_id, data)
      SELECT s.id, s.v * 100 + x.o, x.type, x.at, x."actorId", x."nodeId", x."taskId", x.data
        FROM ${s} s, (SELECT *, row_number() OVER () AS o FROM jsonb_to_recordset(:events::jsonb) AS y(type text, at timestamptz,
             "actorId" text, "nodeId" text, "taskId" text, data jsonb)) x),
    n_${i} AS (
      INSERT INTO notifications (person_id, case_id, task_id, reason, message, message_en)
      SELECT x.person_id, s.id, x.task_id, x.reason, x.message, x.message_en
        FROM ${s} s, jsonb_to_recordset(:notes::jsonb) AS x(person_id text, task_id text, reason text, message text, message_en text)),
    a_${i} AS (
      INSERT INTO audit_log (actor_id, actor_kind, action, target_type, target_id, outcome, ip, request_id, data)
      SELECT :person, 'user', 'task.approve', 'case', s.id, 'success', '127.0.0.1', gen_random_uuid()::text, :auditdata::jsonb
        FROM ${s} s)`
}
