-- Append-only audit log: every state change, with actor, action, target, ip and request id.
-- UPDATE, DELETE and TRUNCATE are refused by triggers, whoever runs them (等保 安全审计).
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    text,
  actor_kind  text NOT NULL CHECK (actor_kind IN ('user', 'api-key', 'system', 'anonymous')),
  action      text NOT NULL,
  target_type text,
  target_id   text,
  outcome     text NOT NULL DEFAULT 'success' CHECK (outcome IN ('success', 'failure')),
  ip          text,
  request_id  text,
  data        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at DESC);

CREATE FUNCTION tongban_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION tongban_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION tongban_refuse_change();
