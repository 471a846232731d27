-- The per-person page cache is gone (issue 20): signed-in pages render afresh on every request,
-- so the data version and the triggers that moved it on every write are dropped.
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT tgrelid::regclass AS tbl, tgname FROM pg_trigger
     WHERE tgname IN ('data_version', 'data_version_truncate') AND NOT tgisinternal
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
  END LOOP;
END $$;
DROP FUNCTION IF EXISTS attach_data_version(regclass);
DROP FUNCTION IF EXISTS bump_data_version();

-- DropTable
DROP TABLE "DataVersion";
