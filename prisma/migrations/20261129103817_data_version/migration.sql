-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- Every committed transaction that writes a table adds one to "DataVersion"."version", once,
-- when it commits (deferred constraint triggers run at commit, after the transaction's other
-- writes, so this adds no lock that could deadlock with them, and a rolled-back transaction
-- adds nothing). Readers that see version N see every write committed before it.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('xmess.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('xmess.data_version_bumped', 'on', true);
    INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1)
      ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  END IF;
  RETURN NULL;
END $$;

-- Later migrations call this for each table they create (a test checks every table has it).
CREATE FUNCTION attach_data_version(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE CONSTRAINT TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON %s DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()', target);
  EXECUTE format('CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', target);
END $$;

SELECT attach_data_version(format('%I', tablename)::regclass)
  FROM pg_tables
 WHERE schemaname = current_schema() AND tablename NOT IN ('DataVersion', '_prisma_migrations');
