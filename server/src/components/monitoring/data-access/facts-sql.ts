/**
 * The SQL that derives the fact tables from `cases`, `tasks` and the event log, on each case's own
 * working calendar, set-based: one statement for a batch of cases, for every case on some calendars
 * or for the whole history (no loop per case).
 *
 * Working time: `monitoring_days` holds per calendar and local date the working days before it, so
 * the working time between two instants is W(b) − W(a) with W(t) = cum_before(t's day) + the
 * elapsed fraction of t's day when it is a working day — joined, not called per row.
 */

/** Which cases: a batch (`$1` = ids), every case on the calendars `$1`, or all. */
export type FactSelection = 'ids' | 'calendars' | 'all'

/** W(t) for the day row `d` (joined on the instant's local date), `t` in zone `tz`. */
function wd(d: string, t: string, tz: string): string {
  return `(${d}.cum_before + CASE WHEN ${d}.working
     THEN extract(epoch FROM (${t} AT TIME ZONE ${tz}) - (${t} AT TIME ZONE ${tz})::date::timestamp) / 86400.0 ELSE 0 END)`
}

/** The day row of instant `t` on the case's calendar (`s.calendar_id`, zone `s.tz`). */
function dayJoin(d: string, t: string): string {
  return `LEFT JOIN monitoring_days ${d} ON ${d}.calendar_id = s.calendar_id AND ${d}.day = (${t} AT TIME ZONE s.tz)::date`
}

/**
 * Upsert the case facts of the selection. Parameters: `$1` ids or calendar ids (unused for `all`),
 * `$2` now (the end of open cases' handling time).
 */
export function caseFactsSql(selection: FactSelection): string {
  const pre = selection === 'ids' ? 'c.id = ANY($1::text[])' : 'TRUE'
  const post =
    selection === 'calendars'
      ? `(coalesce(mv.calendar_id, 'default') = ANY($1::text[])
          OR c.id IN (SELECT case_id FROM monitoring_case_facts WHERE calendar_id = ANY($1::text[])))`
      : 'TRUE'
  const ofBatch = (alias: string) => (selection === 'ids' ? `AND ${alias}.case_id = ANY($1::text[])` : '')
  const end = 'coalesce(s.finished_at, $2::timestamptz)'
  return `
WITH params AS (SELECT $1::text[] AS selected),
mv AS MATERIALIZED (
  SELECT v.matter_id, v.version, mc.calendar_id
    FROM matter_versions v
    JOIN monitoring_calendars mc ON mc.calendar_id = v.bundle->'matter'->>'calendarId'
   ${selection === 'ids' ? `WHERE (v.matter_id, v.version) IN (SELECT c.matter_id, c.matter_version FROM cases c WHERE ${pre})` : ''}
),
sel AS MATERIALIZED (
  SELECT c.id, c.matter_id, c.matter_version, c.accepting_org_id, c.region_id, c.status, c.card,
         c.data->>'channel' AS channel, c.submitted_at, c.finished_at, c.promised_deadline,
         mc.calendar_id, mc.time_zone AS tz
    FROM cases c
    LEFT JOIN mv ON mv.matter_id = c.matter_id AND mv.version = c.matter_version
    JOIN monitoring_calendars mc ON mc.calendar_id = coalesce(mv.calendar_id, 'default')
   WHERE c.submitted_at IS NOT NULL AND ${pre} AND ${post}
),
ev AS (
  SELECT e.case_id,
         count(*) FILTER (WHERE e.type = 'case.returned') AS returns,
         count(*) FILTER (WHERE e.type = 'clock.paused') AS n_paused,
         count(*) FILTER (WHERE e.type = 'clock.resumed') AS n_resumed,
         coalesce(sum(${wd('d', 'e.at', 's.tz')}) FILTER (WHERE e.type = 'clock.paused'), 0) AS paused_wd,
         coalesce(sum(${wd('d', 'e.at', 's.tz')}) FILTER (WHERE e.type = 'clock.resumed'), 0) AS resumed_wd
    FROM case_events e
    JOIN sel s ON s.id = e.case_id
    ${dayJoin('d', 'e.at')}
   WHERE e.type IN ('case.returned', 'clock.paused', 'clock.resumed') ${ofBatch('e')}
   GROUP BY e.case_id
),
rt AS (
  SELECT t.case_id, count(*) AS n FROM tasks t
   WHERE t.outcome = 'returned' AND t.kind <> 'correction' ${ofBatch('t')}
   GROUP BY t.case_id
)
INSERT INTO monitoring_case_facts AS f (case_id, matter_id, matter_version, calendar_id, accepting_org_id, region_id,
  status, card, online, submitted_at, submitted_day, finished_at, finished, handling_days, on_time, returns, rejected,
  refreshed_at)
SELECT s.id, s.matter_id, s.matter_version, s.calendar_id, s.accepting_org_id, s.region_id, s.status, s.card,
       coalesce(s.channel, 'online') NOT IN ('counter', 'offline', 'paper'),
       s.submitted_at, (s.submitted_at AT TIME ZONE s.tz)::date, s.finished_at, s.finished_at IS NOT NULL,
       greatest(0, ${wd('de', end, 's.tz')} - ${wd('ds', 's.submitted_at', 's.tz')}
         - coalesce(ev.resumed_wd - ev.paused_wd + (ev.n_paused - ev.n_resumed) * ${wd('de', end, 's.tz')}, 0)),
       CASE WHEN s.finished_at IS NULL THEN NULL
            ELSE s.promised_deadline IS NULL OR s.finished_at <= s.promised_deadline END,
       coalesce(ev.returns, 0) + coalesce(rt.n, 0), s.status = 'rejected', now()
  FROM sel s
  ${dayJoin('ds', 's.submitted_at')}
  ${dayJoin('de', end)}
  LEFT JOIN ev ON ev.case_id = s.id
  LEFT JOIN rt ON rt.case_id = s.id
ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status, card = EXCLUDED.card, online = EXCLUDED.online,
  matter_id = EXCLUDED.matter_id, matter_version = EXCLUDED.matter_version, calendar_id = EXCLUDED.calendar_id,
  accepting_org_id = EXCLUDED.accepting_org_id, region_id = EXCLUDED.region_id,
  submitted_at = EXCLUDED.submitted_at, submitted_day = EXCLUDED.submitted_day, finished_at = EXCLUDED.finished_at,
  finished = EXCLUDED.finished, handling_days = EXCLUDED.handling_days, on_time = EXCLUDED.on_time,
  returns = EXCLUDED.returns, rejected = EXCLUDED.rejected, refreshed_at = EXCLUDED.refreshed_at`
}

/**
 * Insert the node visits of the selection (their case facts must be current; delete the old visits
 * first): each `node.entered` paired with the next event of the same node in the case, its working
 * time on the case's calendar. The node's name comes from the matter version's flow, else a task
 * of that node, else its id. Parameter `$1` as in {@link caseFactsSql}.
 */
export function nodeFactsSql(selection: FactSelection): string {
  const facts =
    selection === 'ids'
      ? 'f.case_id = ANY($1::text[])'
      : selection === 'calendars'
        ? 'f.calendar_id = ANY($1::text[])'
        : 'TRUE'
  const events =
    selection === 'ids'
      ? 'AND e.case_id = ANY($1::text[])'
      : selection === 'calendars'
        ? 'AND e.case_id IN (SELECT case_id FROM sel)'
        : ''
  return `
WITH params AS (SELECT $1::text[] AS selected),
sel AS MATERIALIZED (
  SELECT f.case_id, f.matter_id, f.matter_version, f.accepting_org_id, f.region_id, f.submitted_day, f.calendar_id,
         mc.time_zone AS tz
    FROM monitoring_case_facts f JOIN monitoring_calendars mc ON mc.calendar_id = f.calendar_id
   WHERE ${facts}
),
names AS MATERIALIZED (
  SELECT v.matter_id, v.version, n->>'id' AS node_id, min(n->>'name') AS node_name
    FROM matter_versions v
   CROSS JOIN LATERAL json_array_elements(CASE WHEN json_typeof(v.bundle->'flow'->'nodes') = 'array'
                                                THEN v.bundle->'flow'->'nodes' ELSE '[]'::json END) n
   WHERE (v.matter_id, v.version) IN (SELECT DISTINCT matter_id, matter_version FROM sel)
   GROUP BY 1, 2, 3
),
v AS (
  SELECT e.case_id, e.seq, e.type, e.node_id, e.at,
         CASE WHEN lead(e.type) OVER w = 'node.completed' THEN lead(e.at) OVER w END AS done_at
    FROM case_events e
   WHERE e.type IN ('node.entered', 'node.completed') AND e.node_id IS NOT NULL ${events}
  -- "C" collation: a byte-wise sort of the ids (the whole event log's node events in a bulk build).
  WINDOW w AS (PARTITION BY e.case_id COLLATE "C", e.node_id COLLATE "C" ORDER BY e.seq)
)
INSERT INTO monitoring_node_facts (case_id, seq, node_id, node_name, matter_id, accepting_org_id, region_id,
  submitted_day, entered_at, completed_at, working_days)
SELECT v.case_id, v.seq, v.node_id,
       coalesce(nm.node_name,
                (SELECT t.node_name FROM tasks t WHERE t.case_id = v.case_id AND t.node_id = v.node_id
                  ORDER BY t.created_at LIMIT 1),
                v.node_id),
       s.matter_id, s.accepting_org_id, s.region_id, s.submitted_day, v.at, v.done_at,
       CASE WHEN v.done_at IS NULL THEN NULL
            ELSE greatest(0, ${wd('d2', 'v.done_at', 's.tz')} - ${wd('d1', 'v.at', 's.tz')}) END
  FROM v
  JOIN sel s ON s.case_id = v.case_id
  LEFT JOIN names nm ON nm.matter_id = s.matter_id AND nm.version = s.matter_version AND nm.node_id = v.node_id
  ${dayJoin('d1', 'v.at')}
  ${dayJoin('d2', 'v.done_at')}
 WHERE v.type = 'node.entered'`
}
