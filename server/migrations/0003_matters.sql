-- 事项库: one row per matter (its editable draft and catalog columns), one immutable row per
-- published version (the frozen bundle cases pin).
CREATE TABLE matters (
  id               text PRIMARY KEY,
  code             text NOT NULL,
  region_id        text NOT NULL,
  name             text NOT NULL,
  category         text NOT NULL,
  accepting_org_id text NOT NULL,
  status           text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  current_version  integer NOT NULL DEFAULT 0,
  variant_of       text REFERENCES matters (id),
  draft            jsonb NOT NULL,
  draft_revision   integer NOT NULL DEFAULT 1,
  draft_dirty      boolean NOT NULL DEFAULT true,
  applicant_scope  jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  created_by       text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       text,
  UNIQUE (region_id, code)
);
CREATE INDEX matters_category_idx ON matters (category);
CREATE INDEX matters_accepting_idx ON matters (accepting_org_id);
CREATE INDEX matters_status_idx ON matters (status);
CREATE INDEX matters_variant_idx ON matters (variant_of) WHERE variant_of IS NOT NULL;

CREATE TABLE matter_versions (
  matter_id    text NOT NULL REFERENCES matters (id),
  version      integer NOT NULL CHECK (version >= 1),
  bundle       jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text,
  notes        text,
  PRIMARY KEY (matter_id, version)
);

-- A published version is frozen: cases pin it for their whole life.
CREATE TRIGGER matter_versions_immutable BEFORE UPDATE OR DELETE ON matter_versions
  FOR EACH ROW EXECUTE FUNCTION tongban_refuse_change();
