-- Uploads before a case exists (POST /api/attachments): owned by the uploader, bound to a case when
-- a saved or submitted case's data references them; unbound ones older than a day are purged.
ALTER TABLE attachments ALTER COLUMN case_id DROP NOT NULL;
CREATE INDEX attachments_unbound_idx ON attachments (created_at) WHERE case_id IS NULL;
