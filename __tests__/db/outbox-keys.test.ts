import { prisma } from "@/lib/db/client";
import { notQueued, queueReminders } from "@/lib/email/registry";
import { createPerson, unique } from "../support/factories";

// The sweep asks which of its reminder keys are not in the outbox yet, tens of thousands at once:
// past 10,000 the keys are looked up in two halves at once (lib/email/registry.ts).
describe("reminder keys not queued yet", () => {
  it("finds the queued keys in either half of a long list, and inside a transaction too", async () => {
    const person = await createPerson();
    const run = unique();
    const keys = Array.from({ length: 20_001 }, (_, i) => `test-outbox:${run}:${i}`);
    const queued = [keys[3], keys[15_000]];
    const reminder = (dedupeKey: string) => ({
      dedupeKey,
      template: "reminder-proposal-pending" as const,
      to: person.email,
      toUserId: person.id,
      subject: "Proposta pendent",
      props: { name: person.email, path: "/propostes", locale: "ca" },
    });
    expect(await queueReminders(prisma, queued.map(reminder))).toBe(2);

    const fresh = await notQueued(prisma, keys);
    expect(fresh.size).toBe(keys.length - 2);
    for (const key of queued) expect(fresh.has(key)).toBe(false);
    expect(fresh.has(keys[0]) && fresh.has(keys[10_001]) && fresh.has(keys[20_000])).toBe(true);

    const inTransaction = await prisma.$transaction((tx) => notQueued(tx, keys));
    expect([...inTransaction].sort()).toEqual([...fresh].sort());
    expect(await notQueued(prisma, [])).toEqual(new Set());
  });
});
