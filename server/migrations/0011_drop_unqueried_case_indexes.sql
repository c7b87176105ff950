-- No query filters or orders cases by region_id or applicant_region_id (the monitoring figures
-- filter their own fact tables; the supervisor scope matches organisation ids). Both indexes
-- were only written: every case update (each task action) inserted into them.
DROP INDEX IF EXISTS cases_region_idx;
DROP INDEX IF EXISTS cases_applicant_region_idx;
