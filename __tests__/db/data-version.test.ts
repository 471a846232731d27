import { prisma } from "@/lib/db/client";
import { currentDataVersion } from "@/lib/db/data-version";
import { createPerson } from "../support/factories";

// The data version (migration 20261129103817_data_version) is what signed-in pages are kept
// under (lib/page-cache): it must grow with every committed write to any table, once per
// transaction, and not with reads or rolled-back work.

describe("the data version", () => {
  it("is kept up to date by every table of the schema", async () => {
    const tables = await prisma.$queryRaw<{ table: string; triggers: string[] }[]>`
      SELECT c.relname AS "table", coalesce(array_agg(t.tgname::text ORDER BY t.tgname) FILTER (WHERE t.tgname IS NOT NULL), '{}') AS "triggers"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname IN ('data_version', 'data_version_truncate')
       WHERE c.relkind = 'r' AND c.relname NOT IN ('DataVersion', '_prisma_migrations')
       GROUP BY c.relname`;
    expect(tables.length).toBeGreaterThan(20);
    const missing = tables.filter((t) => t.triggers.join() !== "data_version,data_version_truncate").map((t) => t.table);
    // A new table needs `SELECT attach_data_version('"Table"');` in its migration.
    expect(missing).toEqual([]);
  });

  it("grows by one for each committed transaction that writes, whatever it writes", async () => {
    const before = await currentDataVersion();
    const person = await createPerson();
    const afterInsert = await currentDataVersion();
    expect(afterInsert).toBeGreaterThan(before);

    // Several statements over several tables in one transaction: one step.
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data: { phone: "930000001" } });
      await tx.user.update({ where: { id: person.id }, data: { phone: "930000002" } });
      await tx.auditEvent.create({ data: { actorId: person.id, action: "test.touch", entityType: "User", entityId: person.id } });
    });
    expect(await currentDataVersion()).toBe(afterInsert + 1n);

    await prisma.auditEvent.deleteMany({ where: { action: "test.touch" } });
    expect(await currentDataVersion()).toBe(afterInsert + 2n);
  });

  it("does not move for reads, for writes that change no row, or for work rolled back", async () => {
    const person = await createPerson();
    const start = await currentDataVersion();

    await prisma.user.findMany({ take: 5 });
    await prisma.user.updateMany({ where: { id: "no-such-person" }, data: { phone: "1" } });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: person.id }, data: { phone: "930000003" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");

    expect(await currentDataVersion()).toBe(start);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).phone).not.toBe("930000003");
  });

  it("steps when the transaction commits, after its own writes", async () => {
    const person = await createPerson();
    const start = await currentDataVersion();
    let seenInside: bigint | undefined;
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data: { phone: "930000004" } });
      // The trigger is deferred: inside the transaction, after a write, nothing has moved yet,
      // so the row is locked only for the instant of the commit.
      seenInside = (await tx.dataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0n;
    });
    expect(seenInside).toBe(start);
    expect(await currentDataVersion()).toBe(start + 1n);
  });
});
