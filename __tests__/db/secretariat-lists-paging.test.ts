import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";
import { prisma } from "@/lib/db/client";
import { EMAILS_PAGE_SIZE, listEmails } from "@/lib/email/log";
import { listOffersPage, OFFERS_PAGE_SIZE } from "@/lib/offers/queries";
import { listPeople, PEOPLE_PAGE_SIZE } from "@/lib/people/queries";
import { viewerOf } from "../support/actors";
import { createEdition, createMunicipality, createSecretariat, unique } from "../support/factories";

describe("the secretariat's long lists page through every match instead of stopping at a cap", () => {
  it("pages through every match by name, with the total, instead of stopping at a cap", async () => {
    const secretariat = viewerOf(await createSecretariat());
    const municipality = await createMunicipality();
    const count = PEOPLE_PAGE_SIZE + 5;
    await prisma.user.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        email: `${unique("paged")}@example.org`,
        name: `Persona ${String(i).padStart(3, "0")}`,
        role: "TECHNICIAN" as const,
        municipalityId: municipality.id,
      })),
    });

    const first = await listPeople(secretariat, { municipalityId: municipality.id });
    expect(first).toMatchObject({ total: count, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.rows[0].name).toBe("Persona 000");

    const second = await listPeople(secretariat, { municipalityId: municipality.id, pagina: "2" });
    expect(second).toMatchObject({ total: count, page: 2, pages: 2 });
    expect(second.rows.map((p) => p.name)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Persona ${String(PEOPLE_PAGE_SIZE + i).padStart(3, "0")}`),
    );

    // A page past the end shows the last one.
    expect((await listPeople(secretariat, { municipalityId: municipality.id, pagina: "9" })).page).toBe(2);

    // The filter form asks for part of the municipality's name, in any case.
    const byName = await listPeople(secretariat, { municipi: municipality.name.slice(-8).toUpperCase() });
    expect(byName.total).toBe(count);
    // Sorted the other way by name, the last comes first.
    expect((await listPeople(secretariat, { municipalityId: municipality.id, ordre: "-nom" })).rows[0].name).toBe(
      `Persona ${String(count - 1).padStart(3, "0")}`,
    );
  });

  it("emails: newest first, every one reachable", async () => {
    const secretariat = viewerOf(await createSecretariat());
    const template = unique("template");
    const count = EMAILS_PAGE_SIZE + 3;
    const start = Date.UTC(2026, 0, 1);
    await prisma.emailMessage.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        template,
        toEmail: `${unique("to")}@example.org`,
        subject: `Correu ${String(i).padStart(3, "0")}`,
        html: "<p>Hola</p>",
        text: "Hola",
        idempotencyKey: unique("idem"),
        status: "SENT" as const,
        createdAt: new Date(start + i * 60_000),
      })),
    });
    const first = await listEmails(secretariat, { template });
    expect(first).toMatchObject({ total: count, page: 1, pages: 2 });
    expect(first.rows[0].subject).toBe(`Correu ${String(count - 1).padStart(3, "0")}`);
    const second = await listEmails(secretariat, { template, pagina: "2" });
    expect(second.rows.map((e) => e.subject)).toEqual(["Correu 002", "Correu 001", "Correu 000"]);
    // The filter offers every template the log holds, once each, in order.
    const inLog = await prisma.emailMessage.findMany({ distinct: ["template"], select: { template: true } });
    expect(first.templates).toEqual(inLog.map((e) => e.template).sort());
    expect(first.templates).toContain(template);
  });

  it("audit log: newest first, every action reachable", async () => {
    const secretariat = viewerOf(await createSecretariat());
    const entityId = unique("record");
    const count = AUDIT_PAGE_SIZE + 2;
    const start = Date.UTC(2026, 0, 1);
    await prisma.auditEvent.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        action: `test.step${i}`,
        entityType: "Test",
        entityId,
        createdAt: new Date(start + i * 60_000),
      })),
    });
    const first = await listAuditEvents(secretariat, { entityId });
    expect(first).toMatchObject({ total: count, page: 1, pages: 2 });
    expect(first.events[0].action).toBe(`test.step${count - 1}`);
    const second = await listAuditEvents(secretariat, { entityId, pagina: "2" });
    expect(second.events.map((e) => e.action)).toEqual(["test.step1", "test.step0"]);
  });

  it("an edition's offers: every one reachable, and the active capacity counts all that match, not one page", async () => {
    const secretariat = viewerOf(await createSecretariat());
    const edition = await createEdition();
    const municipality = await createMunicipality();
    const count = OFFERS_PAGE_SIZE + 4;
    await prisma.user.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        email: `${unique("mentor")}@example.org`,
        name: `Mentora ${String(i).padStart(3, "0")}`,
        role: "TECHNICIAN" as const,
        isMentor: true,
        municipalityId: municipality.id,
      })),
    });
    const mentors = await prisma.user.findMany({
      where: { municipalityId: municipality.id },
      orderBy: { name: "asc" },
      select: { id: true },
    });
    await prisma.mentorOffer.createMany({
      data: mentors.map((m, i) => ({
        editionId: edition.id,
        mentorId: m.id,
        capacity: 2,
        experience: "Anys de feina en economia social.",
        status: i % 2 ? ("WITHDRAWN" as const) : ("ACTIVE" as const),
      })),
    });
    const first = await listOffersPage(secretariat, edition.id);
    expect(first).toMatchObject({ total: count, page: 1, pages: 2, activeCapacity: (count / 2) * 2 });
    expect(first.rows).toHaveLength(OFFERS_PAGE_SIZE);
    // Active offers first, then by name.
    expect(first.rows[0]).toMatchObject({ status: "ACTIVE", mentor: { name: "Mentora 000" } });
    const second = await listOffersPage(secretariat, edition.id, { pagina: "2" });
    // 27 active (even numbers) fill the first page with 23 withdrawn; the last 4 withdrawn follow.
    expect(second.rows.map((o) => o.mentor.name)).toEqual(["Mentora 047", "Mentora 049", "Mentora 051", "Mentora 053"]);
    expect(new Set([...first.rows, ...second.rows].map((o) => o.id)).size).toBe(count);
  });
});
