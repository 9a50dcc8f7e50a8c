-- The inbox search (LIKE '%…%' on search_text and the receipt number) by trigram indexes. pg_trgm is a
-- trusted extension on PostgreSQL; the embedded database (PGlite) does not load it, so there the block
-- leaves the search to the municipality's indexes and the migration still applies.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS applications_search_text_trgm_idx ON applications USING gin (search_text gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS applications_receipt_digits_trgm_idx ON applications USING gin ((replace(receipt_number, '-', '')) gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): the inbox search uses no trigram index', SQLERRM;
END
$$;
