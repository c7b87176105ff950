-- 办件库: cases with their engine state (JSONB, optimistic version), tasks (the inbox), the
-- append-only event log, durable timers, in-app notifications and idempotency keys.
CREATE SEQUENCE case_no_seq;

CREATE TABLE cases (
  id                  text PRIMARY KEY,
  no                  text NOT NULL UNIQUE,
  title               text NOT NULL,
  matter_id           text NOT NULL REFERENCES matters (id),
  matter_code         text NOT NULL,
  matter_version      integer NOT NULL,
  applicant_id        text NOT NULL,
  applicant_org_id    text NOT NULL,
  applicant_region_id text,
  accepting_org_id    text NOT NULL,
  region_id           text NOT NULL,
  status              text NOT NULL,
  data                jsonb NOT NULL,
  attachments         jsonb NOT NULL DEFAULT '[]'::jsonb,
  current_node_ids    text[] NOT NULL DEFAULT '{}',
  card                text NOT NULL DEFAULT 'none',
  created_at          timestamptz NOT NULL,
  submitted_at        timestamptz,
  finished_at         timestamptz,
  promised_deadline   timestamptz,
  legal_deadline      timestamptz,
  parent_case_id      text REFERENCES cases (id),
  parent_node_id      text,
  state               jsonb NOT NULL,
  state_version       integer NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_applicant_idx ON cases (applicant_id, created_at DESC);
CREATE INDEX cases_matter_idx ON cases (matter_id, created_at DESC);
CREATE INDEX cases_region_idx ON cases (region_id, created_at DESC);
CREATE INDEX cases_applicant_region_idx ON cases (applicant_region_id, created_at DESC);
CREATE INDEX cases_running_idx ON cases (status, created_at DESC) WHERE status IN ('in-progress', 'returned');
CREATE INDEX cases_parent_idx ON cases (parent_case_id) WHERE parent_case_id IS NOT NULL;

CREATE TABLE tasks (
  id           text PRIMARY KEY,
  case_id      text NOT NULL REFERENCES cases (id),
  node_id      text NOT NULL,
  node_name    text NOT NULL,
  kind         text NOT NULL,
  assignee_id  text NOT NULL,
  owner_id     text,
  status       text NOT NULL,
  outcome      text,
  comment      text,
  created_at   timestamptz NOT NULL,
  completed_at timestamptz,
  due_at       timestamptz,
  card         text NOT NULL DEFAULT 'none'
);
-- Inbox boxes (perf-reliability.md: partial indexes on the open set, ordered keys).
CREATE INDEX tasks_todo_idx ON tasks (assignee_id, created_at DESC, id) WHERE status = 'open' AND kind <> 'cc';
CREATE INDEX tasks_done_idx ON tasks (assignee_id, completed_at DESC, id) WHERE status = 'completed' AND kind <> 'cc';
CREATE INDEX tasks_cc_idx ON tasks (assignee_id, created_at DESC, id) WHERE kind = 'cc';
CREATE INDEX tasks_case_idx ON tasks (case_id, created_at);
CREATE INDEX tasks_participant_idx ON tasks (assignee_id, case_id);

CREATE TABLE case_events (
  case_id  text NOT NULL REFERENCES cases (id),
  seq      integer NOT NULL,
  type     text NOT NULL,
  at       timestamptz NOT NULL,
  actor_id text,
  node_id  text,
  task_id  text,
  data     jsonb,
  PRIMARY KEY (case_id, seq)
);
CREATE INDEX case_events_type_at_idx ON case_events (type, at);
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION tongban_refuse_change();

CREATE TABLE case_timers (
  id         text PRIMARY KEY,
  case_id    text NOT NULL REFERENCES cases (id),
  purpose    text NOT NULL,
  due_at     timestamptz NOT NULL,
  node_id    text,
  task_id    text,
  status     text NOT NULL DEFAULT 'armed' CHECK (status IN ('armed', 'fired', 'cancelled', 'stale')),
  fired_at   timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_timers_armed_idx ON case_timers (due_at) WHERE status = 'armed';
CREATE INDEX case_timers_case_idx ON case_timers (case_id);

CREATE TABLE notifications (
  id         bigserial PRIMARY KEY,
  person_id  text NOT NULL,
  case_id    text,
  task_id    text,
  reason     text NOT NULL,
  message    text NOT NULL,
  message_en text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz
);
CREATE INDEX notifications_unread_idx ON notifications (person_id, id DESC) WHERE read_at IS NULL;

CREATE TABLE idempotency_keys (
  principal_id text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  status       integer NOT NULL,
  body         jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (principal_id, key)
);

-- Service nodes waiting for another system's answer: callback token → case.
CREATE TABLE callback_tokens (
  token      text PRIMARY KEY,
  case_id    text NOT NULL REFERENCES cases (id),
  node_id    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
