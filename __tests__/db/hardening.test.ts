import { rateLimitKeyHash } from "@/lib/auth/rate-limit";
import { catalanIssues } from "../support/translator";
import { requestSignInLink } from "@/lib/auth/request-sign-in";
import { signInCeilingReached } from "@/lib/auth/sign-in-limits";
import { sessionViewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { sendCommunication, replyToCommunication } from "@/lib/mentorships/communications";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { requestRegistration } from "@/lib/people/register";
import { asSent } from "../support/emails";
import { viewerOf } from "../support/actors";
import { createMunicipality, createPerson, unique } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

// This file has its own database: the global sign-in ceiling below is this file's alone.

describe("the hourly ceiling on sign-in and registration emails", () => {
  it("sends up to the ceiling, then gives the same neutral answer with no email, and says so", async () => {
    const person = await createPerson();
    expect(await signInCeilingReached(prisma)).toBe(false);
    const bucket = "sign-in:emails";
    await prisma.rateLimitEvent.createMany({
      data: Array.from({ length: 199 }, () => ({
        bucket,
        keyHash: rateLimitKeyHash(bucket, "all"),
        createdAt: new Date(),
      })),
    });
    expect(await requestSignInLink({ email: person.email, locale: "ca", clientKey: unique("c") })).toEqual({
      status: "accepted",
    });
    expect(await prisma.emailMessage.count({ where: { toEmail: person.email } })).toBe(1);
    expect(await signInCeilingReached(prisma)).toBe(true);

    const other = await createPerson();
    expect(await requestSignInLink({ email: other.email, locale: "ca", clientKey: unique("c") })).toEqual({
      status: "accepted",
    });
    const fresh = `${unique("nova")}@example.org`;
    expect(await requestRegistration({ email: fresh, intent: "mentee", locale: "ca", clientKey: unique("c") })).toEqual(
      { status: "accepted" },
    );
    expect(await prisma.emailMessage.count({ where: { toEmail: { in: [other.email, fresh] } } })).toBe(0);

    // an hour later the ceiling has passed
    expect(await signInCeilingReached(prisma, new Date(Date.now() + 3_601_000))).toBe(false);
    await prisma.rateLimitEvent.deleteMany({ where: { bucket } });
  });

  it("without a known client address, only the per-address limit applies", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push(
        (await requestSignInLink({ email: `${unique("x")}@example.org`, locale: "ca", clientKey: undefined })).status,
      );
    expect(statuses.every((s) => s === "accepted")).toBe(true);
  });
});

describe("writing to the secretariat", () => {
  const message = (mentorshipId: string) => ({
    mentorshipId,
    kind: "OTHER" as const,
    subject: "Consulta",
    body: "Voldríem saber com funciona la fitxa.",
  });

  it("a person whose registration is not approved, or whose profile is incomplete, cannot write, and nothing is kept or sent", async () => {
    const { mentorship } = await mentorshipScenario({ mentee: await createPerson({ approvalStatus: "PENDING" }) });
    const pending = await prisma.user.findUniqueOrThrow({ where: { id: mentorship.menteeId } });
    await expect(sendCommunication(viewerOf(pending), message(mentorship.id))).rejects.toMatchObject({
      code: "forbidden",
    });

    const incomplete = await createPerson({ privacyAcceptedAt: null });
    await expect(
      sendCommunication(viewerOf(incomplete), { ...message(mentorship.id), mentorshipId: null }),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: "Abans d'escriure a la secretaria, completeu el vostre perfil.",
    });
    expect(await prisma.communication.count({ where: { senderId: { in: [pending.id, incomplete.id] } } })).toBe(0);
    expect(
      await prisma.emailMessage.count({
        where: { template: "communication-received", createdAt: { gt: new Date(Date.now() - 60_000) } },
      }),
    ).toBe(0);
  });

  it("a person writes at most five messages a day, follow-ups included, and is told why", async () => {
    const { mentorship, mentee } = await mentorshipScenario();
    const { id } = await sendCommunication(viewerOf(mentee), message(mentorship.id));
    for (let i = 0; i < 4; i++)
      await replyToCommunication(viewerOf(mentee), { communicationId: id, body: `Afegeixo una cosa més (${i}).` });
    await expect(sendCommunication(viewerOf(mentee), message(mentorship.id))).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Ja heu enviat 5 missatges a la secretaria en les darreres 24 hores"),
    });
    await expect(
      replyToCommunication(viewerOf(mentee), { communicationId: id, body: "Una altra." }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await prisma.communication.count({ where: { senderId: mentee.id } })).toBe(1);
    expect(await prisma.communicationMessage.count({ where: { communicationId: id } })).toBe(5);
    // the next day it is possible again
    await expect(
      sendCommunication(viewerOf(mentee), message(mentorship.id), new Date(Date.now() + 86_401_000)),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("self-registration", () => {
  it("keeps the language chosen in the profile, for the pages and the emails", async () => {
    const person = await createPerson({ privacyAcceptedAt: null });
    await saveOwnProfile(viewerOf(person), {
      name: "Persona Nueva",
      position: "Técnica",
      municipalityId: person.municipalityId,
      privacyAccepted: true,
      locale: "es",
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ locale: "es" });
    const refused = await saveOwnProfile(viewerOf(person), {
      name: "Persona Nueva",
      position: "Técnica",
      municipalityId: person.municipalityId,
      privacyAccepted: true,
      locale: "fr" as "es",
    }).catch(catalanIssues);
    expect(refused).toMatchObject({
      issues: [expect.objectContaining({ message: "Trieu una llengua de la llista." })],
    });
  });

  it("a municipality with no email domains on file sends the registration to validation", async () => {
    const municipality = await createMunicipality({ emailDomains: [] });
    const person = await createPerson({ privacyAcceptedAt: null });
    const result = await saveOwnProfile(viewerOf(person), {
      name: "Persona Nova",
      position: "Tècnica",
      municipalityId: municipality.id,
      privacyAccepted: true,
    });
    expect(result.approvalStatus).toBe("PENDING");
    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: person.id, template: "registration-pending" },
    });
    expect((await asSent(mail)).text).toContain("no tenim els dominis de correu d'aquest ajuntament");
  });
});

describe("sessions", () => {
  it("end after SESSION_IDLE_DAYS unused, before their lifetime is over", async () => {
    const person = await createPerson();
    const token = unique("session");
    await prisma.session.create({
      data: { sessionToken: token, userId: person.id, expires: new Date(Date.now() + 30 * 86_400_000) },
    });
    expect(await sessionViewer(token)).toMatchObject({ viewer: { id: person.id }, touch: false });
    expect(await sessionViewer(token, new Date(Date.now() + 2 * 3_600_000))).toMatchObject({ touch: true });
    expect(await sessionViewer(token, new Date(Date.now() + 14 * 86_400_000 + 1000))).toBeNull();
    await prisma.session.update({
      where: { sessionToken: token },
      data: { lastSeenAt: new Date(Date.now() + 13 * 86_400_000) },
    });
    expect(await sessionViewer(token, new Date(Date.now() + 14 * 86_400_000 + 1000))).not.toBeNull();
    expect(await sessionViewer(token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
  });
});
