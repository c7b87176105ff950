-- A form's fields are ordered by the keys of its `properties` objects, and jsonb stores object keys
-- sorted (by length, then bytes), so a form read back from jsonb shows its fields, cards and table
-- columns in the wrong order. Drafts and published bundles are documents we only store whole and
-- read with `->`, so keep them as json: the text as written, key order included.
ALTER TABLE matters ALTER COLUMN draft TYPE json USING draft::json;
ALTER TABLE matter_versions ALTER COLUMN bundle TYPE json USING bundle::json;
