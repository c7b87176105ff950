/**
 * Staging tables holding the simulated templates before the copy-out: UNLOGGED (no WAL; they are
 * thrown away at the end) and shared by the parallel writer connections. No autovacuum: the
 * generator analyzes them itself while they grow, and nothing is ever deleted from them.
 */
export const DROP_TEMPLATE_TABLES =
  'DROP TABLE IF EXISTS gen_tpl_case, gen_tpl_task, gen_tpl_event, gen_tpl_timer, gen_tpl_attachment, gen_tpl_notification, gen_tpl_child'
export const CREATE_TEMPLATE_TABLES = `
CREATE UNLOGGED TABLE gen_tpl_case (
  tpl int PRIMARY KEY, first_case int NOT NULL, cases int NOT NULL,
  matter_id text, matter_code text, matter_version int, applicant_id text, applicant_org_id text,
  applicant_region_id text, accepting_org_id text, region_id text, title text, status text, data jsonb,
  data_text text, attachments text, current_node_ids text[], card text, created_at timestamptz, submitted_at timestamptz, finished_at timestamptz,
  promised_deadline timestamptz, legal_deadline timestamptz, state text, state_version int, updated_at timestamptz) WITH (autovacuum_enabled = off);
-- Child cases of sub-flows: case id = the copy's id || suffix; k numbers a template's children.
CREATE UNLOGGED TABLE gen_tpl_child (
  tpl int, suffix text, k int, parent_node_id text,
  matter_id text, matter_code text, matter_version int, applicant_id text, applicant_org_id text,
  applicant_region_id text, accepting_org_id text, region_id text, title text, status text, data jsonb,
  data_text text, attachments text, current_node_ids text[], card text, created_at timestamptz, submitted_at timestamptz, finished_at timestamptz,
  promised_deadline timestamptz, legal_deadline timestamptz, state text, state_version int, updated_at timestamptz) WITH (autovacuum_enabled = off);
CREATE UNLOGGED TABLE gen_tpl_task (
  tpl int, suffix text, id text, id_tail text, node_id text, node_name text, kind text, assignee_id text, owner_id text, status text,
  outcome text, comment text, created_at timestamptz, completed_at timestamptz, due_at timestamptz, card text) WITH (autovacuum_enabled = off);
CREATE UNLOGGED TABLE gen_tpl_event (
  tpl int, suffix text, seq int, type text, at timestamptz, actor_id text, node_id text, task_id text, task_id_tail text, data jsonb, data_text text) WITH (autovacuum_enabled = off);
CREATE UNLOGGED TABLE gen_tpl_timer (
  tpl int, suffix text, id text, id_tail text, purpose text, due_at timestamptz, node_id text, task_id text, task_id_tail text, created_at timestamptz) WITH (autovacuum_enabled = off);
CREATE UNLOGGED TABLE gen_tpl_attachment (
  tpl int, suffix text, id text, id_tail text, material_id text, name text, size bigint, sha256 text, content_type text, uploaded_by text,
  created_at timestamptz) WITH (autovacuum_enabled = off);
CREATE UNLOGGED TABLE gen_tpl_notification (
  tpl int, suffix text, person_id text, task_id text, task_id_tail text, reason text, message text, message_en text, at timestamptz) WITH (autovacuum_enabled = off);
-- The writers read each table by template range while the simulation still appends to them.
CREATE INDEX ON gen_tpl_task (tpl); CREATE INDEX ON gen_tpl_event (tpl); CREATE INDEX ON gen_tpl_timer (tpl);
CREATE INDEX ON gen_tpl_attachment (tpl); CREATE INDEX ON gen_tpl_notification (tpl); CREATE INDEX ON gen_tpl_child (tpl);
`
/** Fresh statistics for the staging tables (run while they grow, so the copy-out keeps its index plans). */
export const ANALYZE_TEMPLATE_TABLES = `
ANALYZE gen_tpl_case; ANALYZE gen_tpl_task; ANALYZE gen_tpl_event; ANALYZE gen_tpl_timer;
ANALYZE gen_tpl_attachment; ANALYZE gen_tpl_notification; ANALYZE gen_tpl_child;
`
