-- A counter that moves whenever the directory (people, organisations, memberships, org-role grants)
-- changes, in the changing transaction. Servers cache a session's principal (roles, organisations,
-- regions) and compare this number on every request: a directory change reaches every instance at
-- once, without re-reading the principal on each request.
CREATE TABLE directory_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  v  bigint NOT NULL
);
INSERT INTO directory_version (v) VALUES (1);

CREATE FUNCTION tongban_bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_version SET v = v + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER people_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION tongban_bump_directory_version();
CREATE TRIGGER organisations_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION tongban_bump_directory_version();
CREATE TRIGGER memberships_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON memberships
  FOR EACH STATEMENT EXECUTE FUNCTION tongban_bump_directory_version();
CREATE TRIGGER role_grants_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION tongban_bump_directory_version();
