import { database } from "@/lib/db/client";
import { statementName } from "@/lib/db/statement-names";

// On PostgreSQL the app names its statements (lib/db/statement-names.ts), so each connection
// prepares a query's text once and PostgreSQL can keep its plan. One interactive transaction
// runs on one connection, whose prepared statements pg_prepared_statements lists.
// (db-setup.ts points DATABASE_URL at a PostgreSQL copy whenever TEST_DATABASE_URL is set.)
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

onPostgres("prepared statements on PostgreSQL", () => {
  it("prepares a query's text once per connection, answers it the same every time, and leaves IN lists unnamed", async () => {
    const { prisma, kind } = database();
    expect(kind).toBe("postgresql");
    const people = await prisma.user.createManyAndReturn({
      data: ["a", "b", "c"].map((x) => ({ email: `prepared-${x}@example.org`, name: `Persona ${x}` })),
      select: { id: true, email: true },
    });
    const prepared = await prisma.$transaction(async (tx) => {
      // More than five runs: PostgreSQL may switch the statement to its generic plan after five.
      for (let i = 0; i < 8; i++) {
        const person = people[i % people.length];
        const found = await tx.user.findUnique({ where: { email: person.email }, select: { id: true } });
        expect(found?.id).toBe(person.id);
      }
      for (const take of [1, 2, 3]) {
        const ids = people.slice(0, take).map((p) => p.id);
        const found = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } });
        expect(found.map((p) => p.id).sort()).toEqual([...ids].sort());
      }
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const byEmail = prepared.filter((s) => s.statement.includes('"email" = $'));
    expect(byEmail).toHaveLength(1);
    expect(byEmail[0].name).toBe(statementName({ sql: byEmail[0].statement }));
    expect(prepared.filter((s) => /\bIN \(\$\d/.test(s.statement))).toEqual([]);
  });
});

describe("statementName", () => {
  it("names the same text the same way, different texts differently, within PostgreSQL's 63 characters", () => {
    const a = statementName({ sql: 'SELECT "id" FROM "User" WHERE "email" = $1' });
    expect(a).toBe(statementName({ sql: 'SELECT "id" FROM "User" WHERE "email" = $1' }));
    expect(a).not.toBe(statementName({ sql: 'SELECT "id" FROM "User" WHERE "name" = $1' }));
    expect(a.length).toBeLessThanOrEqual(63);
  });

  it("leaves a statement with an IN list of parameters unnamed (the empty name)", () => {
    expect(statementName({ sql: 'SELECT "id" FROM "User" WHERE "id" IN ($1,$2,$3)' })).toBe("");
  });
});
