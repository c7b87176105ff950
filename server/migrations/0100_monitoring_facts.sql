-- 全流程监控: narrow fact tables derived from cases and the event log, refreshed incrementally
-- (see src/components/monitoring/ARCHITECTURE.md). Working time is counted in SQL through
-- monitoring_days: one row per local date with the number of working days before it, so the
-- working time between two instants is W(b) - W(a), with no loop per case.
CREATE TABLE monitoring_days (
  day         date PRIMARY KEY,
  working     boolean NOT NULL,
  -- working days strictly before `day` since the table's first day
  cum_before  integer NOT NULL
);

-- One row per submitted case: dimensions and the figures every dashboard needs.
CREATE TABLE monitoring_case_facts (
  case_id           text PRIMARY KEY REFERENCES cases (id),
  matter_id         text NOT NULL,
  accepting_org_id  text NOT NULL,
  region_id         text NOT NULL,
  status            text NOT NULL,
  card              text NOT NULL,
  online            boolean NOT NULL,
  submitted_at      timestamptz NOT NULL,
  submitted_day     date NOT NULL,
  finished_at       timestamptz,
  finished          boolean NOT NULL,
  -- working days from submission to finish (or now while open), 补正 pauses excluded
  handling_days     real,
  on_time           boolean,
  returns           integer NOT NULL DEFAULT 0,
  rejected          boolean NOT NULL DEFAULT false,
  refreshed_at      timestamptz NOT NULL DEFAULT now()
);
-- Covering indexes: each dashboard filter (period, department, region, matter) reads one index only.
CREATE INDEX monitoring_case_facts_day_idx ON monitoring_case_facts (submitted_day)
  INCLUDE (matter_id, accepting_org_id, region_id, finished, handling_days, on_time, returns, rejected, online, status, card);
CREATE INDEX monitoring_case_facts_org_idx ON monitoring_case_facts (accepting_org_id, submitted_day)
  INCLUDE (matter_id, region_id, finished, handling_days, on_time, returns, rejected, online, status, card);
CREATE INDEX monitoring_case_facts_matter_idx ON monitoring_case_facts (matter_id, submitted_day);
CREATE INDEX monitoring_case_facts_region_idx ON monitoring_case_facts (region_id, submitted_day);

-- One row per node visit (node.entered → node.completed in the event log).
CREATE TABLE monitoring_node_facts (
  case_id           text NOT NULL REFERENCES cases (id),
  seq               integer NOT NULL,
  node_id           text NOT NULL,
  node_name         text NOT NULL,
  matter_id         text NOT NULL,
  accepting_org_id  text NOT NULL,
  region_id         text NOT NULL,
  submitted_day     date NOT NULL,
  entered_at        timestamptz NOT NULL,
  completed_at      timestamptz,
  working_days      real,
  PRIMARY KEY (case_id, seq)
);
CREATE INDEX monitoring_node_facts_day_idx ON monitoring_node_facts (submitted_day)
  INCLUDE (matter_id, accepting_org_id, region_id, node_id, node_name, working_days);

-- Incremental refresh: cases changed since the watermark.
CREATE INDEX cases_updated_at_idx ON cases (updated_at);
CREATE TABLE monitoring_refresh_state (
  id          integer PRIMARY KEY CHECK (id = 1),
  watermark   timestamptz NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);

-- Names of holidays and make-up days from calendar imports (the WorkingCalendar keeps dates only).
CREATE TABLE calendar_day_names (
  calendar_id text NOT NULL,
  day         date NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name        text NOT NULL,
  PRIMARY KEY (calendar_id, day)
);

-- Working days (fractional) from the start of monitoring_days to instant `t` in zone `tz`: a
-- working day counts fully, hour by hour; a rest day not at all.
CREATE FUNCTION monitoring_wd(t timestamptz, tz text) RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT d.cum_before + CASE WHEN d.working
           THEN extract(epoch FROM (t AT TIME ZONE tz) - (t AT TIME ZONE tz)::date::timestamp) / 86400.0
           ELSE 0 END
    FROM monitoring_days d WHERE d.day = (t AT TIME ZONE tz)::date
$$;
