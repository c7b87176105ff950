-- The engine state is an opaque document: the engine writes it, the server hands it back to the
-- engine, and no query looks inside it. As jsonb, PostgreSQL parsed every save into a tree (keys
-- sorted, about a sixth of a backend's time on a task action) and serialised it again on every
-- read. As json it is validated and stored as sent. Alternating runs of `npm run bench:server`:
-- PostgreSQL CPU per task action -8 to -10 %, actions per second +7 to +9 %.
-- The type change rewrites `cases` once (minutes for a million cases, under an exclusive lock);
-- it also resets the column's compression, set to lz4 again as in 0010.
ALTER TABLE cases ALTER COLUMN state TYPE json USING state::json;
DO $$
BEGIN
  ALTER TABLE cases ALTER COLUMN state SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 not available: case states stay pglz-compressed';
END $$;
