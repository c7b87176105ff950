-- 全流程监控 on each case's own working calendar (see src/components/monitoring/ARCHITECTURE.md):
-- working days per calendar, the calendar (and matter version) of each case fact, and the runs of
-- the recompute job that follows a calendar edit.

-- The calendars monitoring has working days for: every row of `calendars` plus `default` (the
-- weekends-only fallback until one is imported). `doc_updated_at` is the `calendars.updated_at` the
-- days were built from: a calendar changed behind the API is rebuilt by the next facts refresh.
CREATE TABLE monitoring_calendars (
  calendar_id     text PRIMARY KEY,
  time_zone       text NOT NULL,
  doc_updated_at  timestamptz,
  built_at        timestamptz NOT NULL DEFAULT now()
);

-- Working days per calendar (was: the `default` calendar only). Rebuilt by the next refresh.
DROP FUNCTION monitoring_wd(timestamptz, text);
DROP TABLE monitoring_days;
CREATE TABLE monitoring_days (
  calendar_id text NOT NULL,
  day         date NOT NULL,
  working     boolean NOT NULL,
  -- working days of this calendar strictly before `day` since the table's first day
  cum_before  integer NOT NULL,
  PRIMARY KEY (calendar_id, day)
);

-- Which calendar a case's figures were counted on (its matter version's `calendarId` when that
-- calendar exists, else `default`), and the version (node names come from its flow).
ALTER TABLE monitoring_case_facts ADD COLUMN calendar_id text NOT NULL DEFAULT 'default';
ALTER TABLE monitoring_case_facts ADD COLUMN matter_version integer;
CREATE INDEX monitoring_case_facts_calendar_idx ON monitoring_case_facts (calendar_id);

-- One row per recompute after a calendar edit (graphile-worker job `monitoring:calendar-recompute`):
-- open cases' deadlines and timers, then the monitoring facts of every case on the calendar.
CREATE TABLE monitoring_recompute_runs (
  id           bigserial PRIMARY KEY,
  calendar_id  text NOT NULL,
  status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  reason       text NOT NULL,
  requested_by jsonb NOT NULL,
  examined     integer NOT NULL DEFAULT 0,
  changed      integer NOT NULL DEFAULT 0,
  conflicts    integer NOT NULL DEFAULT 0,
  facts        integer,
  error        text,
  queued_at    timestamptz NOT NULL DEFAULT now(),
  started_at   timestamptz,
  finished_at  timestamptz
);
CREATE INDEX monitoring_recompute_runs_calendar_idx ON monitoring_recompute_runs (calendar_id, id DESC);

-- monitoring_calendars starts empty: the next facts refresh builds every calendar's working days
-- and recomputes the facts counted on them (or run `npm run monitoring:rebuild`).
