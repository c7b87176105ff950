-- 单位库 / 人员库 and the accounts that log in.
CREATE TABLE organisations (
  id           text PRIMARY KEY,
  name         text NOT NULL,
  short_name   text,
  kind         text NOT NULL CHECK (kind IN ('region', 'department', 'office')),
  region_level text,
  parent_id    text REFERENCES organisations (id) DEFERRABLE INITIALLY DEFERRED,
  code         text,
  head_id      text,
  leaders      jsonb NOT NULL DEFAULT '[]'::jsonb,
  ord          integer,
  status       text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisations_parent_idx ON organisations (parent_id);

CREATE TABLE positions (
  code  text PRIMARY KEY,
  name  text NOT NULL,
  level integer NOT NULL
);

CREATE TABLE org_roles (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  description text
);

CREATE TABLE people (
  id         text PRIMARY KEY,
  username   text NOT NULL UNIQUE,
  name       text NOT NULL,
  phone      text,
  email      text,
  roles      text[] NOT NULL DEFAULT '{}',
  status     text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  person_id     text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  org_id        text NOT NULL REFERENCES organisations (id) DEFERRABLE INITIALLY DEFERRED,
  position_code text NOT NULL REFERENCES positions (code) DEFERRABLE INITIALLY DEFERRED,
  is_primary    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (person_id, org_id, position_code)
);
CREATE INDEX memberships_org_idx ON memberships (org_id);

CREATE TABLE role_grants (
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role      text NOT NULL REFERENCES org_roles (code) DEFERRABLE INITIALLY DEFERRED,
  org_id    text NOT NULL REFERENCES organisations (id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (person_id, role, org_id)
);
CREATE INDEX role_grants_org_role_idx ON role_grants (org_id, role);

CREATE TABLE credentials (
  person_id           text PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  password_hash       text,
  failed_count        integer NOT NULL DEFAULT 0,
  locked_until        timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id           text PRIMARY KEY,             -- sha256 of the cookie token; the token itself is never stored
  person_id    text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  ip           text,
  user_agent   text,
  via          text NOT NULL DEFAULT 'password'
);
CREATE INDEX sessions_person_idx ON sessions (person_id);

CREATE TABLE api_keys (
  id           text PRIMARY KEY,
  name         text NOT NULL,
  secret_hash  text NOT NULL,
  scopes       text[] NOT NULL,
  person_id    text REFERENCES people (id) ON DELETE CASCADE,
  created_by   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz,
  last_used_at timestamptz
);
