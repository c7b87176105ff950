-- The engine state (several KB of JSONB) is rewritten on every transition and read on every
-- action: lz4 compresses and decompresses it several times faster than pglz, the default. Only
-- the column's setting changes (no rewrite): stored states stay pglz until their next save, and
-- both kinds read alike. A PostgreSQL built without lz4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE cases ALTER COLUMN state SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 not available: case states stay pglz-compressed';
END $$;
