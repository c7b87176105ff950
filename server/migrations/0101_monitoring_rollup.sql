-- Daily rollups of the monitoring facts per (day, matter, department, region): dashboards over a
-- year read thousands of rows instead of hundreds of thousands. Handling times keep a histogram
-- in 0.1-working-day buckets so P90 stays available (to 0.1 day). Rebuilt per affected day by the
-- facts refresh (see src/components/monitoring/ARCHITECTURE.md).
CREATE TABLE monitoring_daily (
  submitted_day    date NOT NULL,
  matter_id        text NOT NULL,
  accepting_org_id text NOT NULL,
  region_id        text NOT NULL,
  total            integer NOT NULL,
  finished         integer NOT NULL,
  open_n           integer NOT NULL,
  on_time          integer NOT NULL,
  handling_sum     double precision NOT NULL,
  returns          integer NOT NULL,
  returned_cases   integer NOT NULL,
  rejected         integer NOT NULL,
  online           integer NOT NULL,
  red              integer NOT NULL,
  yellow           integer NOT NULL,
  PRIMARY KEY (submitted_day, matter_id, accepting_org_id, region_id)
);
CREATE INDEX monitoring_daily_org_idx ON monitoring_daily (accepting_org_id, submitted_day);

CREATE TABLE monitoring_daily_hist (
  submitted_day    date NOT NULL,
  matter_id        text NOT NULL,
  accepting_org_id text NOT NULL,
  region_id        text NOT NULL,
  bucket           integer NOT NULL,
  n                integer NOT NULL,
  PRIMARY KEY (submitted_day, matter_id, accepting_org_id, region_id, bucket)
);

CREATE TABLE monitoring_daily_nodes (
  submitted_day    date NOT NULL,
  matter_id        text NOT NULL,
  accepting_org_id text NOT NULL,
  region_id        text NOT NULL,
  node_id          text NOT NULL,
  node_name        text NOT NULL,
  visits           integer NOT NULL,
  completed        integer NOT NULL,
  days_sum         double precision NOT NULL,
  days_max         double precision,
  PRIMARY KEY (submitted_day, matter_id, accepting_org_id, region_id, node_id)
);

CREATE TABLE monitoring_daily_node_hist (
  submitted_day    date NOT NULL,
  matter_id        text NOT NULL,
  accepting_org_id text NOT NULL,
  region_id        text NOT NULL,
  node_id          text NOT NULL,
  bucket           integer NOT NULL,
  n                integer NOT NULL,
  PRIMARY KEY (submitted_day, matter_id, accepting_org_id, region_id, node_id, bucket)
);
