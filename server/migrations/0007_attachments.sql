-- Attachment metadata; the bytes live under DATA_DIR/attachments/<id> (streamed, checksummed).
CREATE TABLE attachments (
  id           text PRIMARY KEY,
  case_id      text NOT NULL REFERENCES cases (id),
  material_id  text,
  name         text NOT NULL,
  size         bigint NOT NULL,
  sha256       text NOT NULL,
  content_type text NOT NULL,
  uploaded_by  text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_case_idx ON attachments (case_id);
