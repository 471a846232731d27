import { prisma } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { examplePropsOf, messageFor, TEMPLATE_NAMES } from "@/lib/email/registry";
import { renderEmail } from "@/lib/email/render";
import { sendProposalToMentor } from "@/lib/email/senders/matching";
import { sendMeetingLogged } from "@/lib/email/senders/mentorship";
import { getEmail } from "@/lib/email/log";
import { viewerOf } from "../support/actors";
import { deliverAndCapture } from "../support/emails";
import { createPerson, createSecretariat } from "../support/factories";

// Every email is queued as its template and data, and rendered when it is delivered in the
// recipient's language at that moment.

const deliver = () => deliverAndCapture();

const recipient = (p: { id: string; email: string; name: string | null; locale: "ca" | "es" }) => p;

describe("emails in each person's language", () => {
  beforeEach(async () => {
    await prisma.emailMessage.deleteMany();
  });

  it("every template renders in Catalan and in Spanish, with its own words and no missing message", async () => {
    for (const template of TEMPLATE_NAMES) {
      const rendered: Record<string, string> = {};
      for (const locale of ["ca", "es"] as const) {
        const built = messageFor(template, examplePropsOf(template), "u1", locale, { preview: true })!;
        const { html, text } = await renderEmail(built.element);
        expect({ template, locale, lang: html.includes(`lang="${locale}"`) }).toEqual({ template, locale, lang: true });
        // next-intl writes a missing message as its key: none may show.
        expect({ template, locale, missing: /\bemails\.|notices\.|facts\./.test(text + built.subject) }).toEqual({
          template,
          locale,
          missing: false,
        });
        expect(built.subject.length).toBeGreaterThan(5);
        rendered[locale] = built.subject + text;
      }
      expect({ template, same: rendered.ca === rendered.es }).toEqual({ template, same: false });
    }
  });

  it("a proposal to a Spanish-speaking mentor is rendered in Spanish: words, dates and links", async () => {
    const mentor = await createPerson({ locale: "es", isMentor: true });
    await prisma.$transaction((tx) =>
      sendProposalToMentor(tx, recipient(mentor), {
        proposalId: "p-es",
        editionName: "Convocatoria 2026-2027",
        municipality: "Olot",
        topics: ["Cooperativismo"],
        respondBy: new Date("2026-10-20T00:00:00Z"),
        message: null,
      }),
    );
    const queued = await prisma.emailMessage.findFirstOrThrow({ where: { toUserId: mentor.id } });
    expect(queued).toMatchObject({ subject: "Propuesta de mentoría: acompañar a Olot", html: "" });
    const [sent] = await deliver();
    expect(sent.subject).toBe("Propuesta de mentoría: acompañar a Olot");
    expect(sent.html).toContain('lang="es"');
    expect(sent.text).toContain("la secretaría de la XMESS le propone acompañar a una persona técnica de Olot");
    expect(sent.text).toContain("20 de octubre de 2026 (a las 23:59)");
    expect(sent.text).toContain("/es/propostes/p-es");
    expect(sent.text).not.toMatch(/Us proposem|d’octubre|\/ca\//);
  });

  it("a mentorship notice writes the meeting's date, time and mode in the recipient's language", async () => {
    const person = await createPerson({ locale: "es" });
    await prisma.$transaction((tx) =>
      sendMeetingLogged(tx, recipient(person), {
        mentorshipId: "m-es",
        by: "Marta Soler Vila",
        startsAt: new Date("2026-12-03T09:30:00Z"),
        mode: "ONLINE",
        place: null,
        planned: true,
      }),
    );
    const [sent] = await deliver();
    expect(sent.subject).toBe("Reunión de mentoría prevista el 3 de diciembre de 2026");
    expect(sent.text).toContain("Marta Soler Vila ha registrado una reunión prevista.");
    expect(sent.text).toContain("En línea");
    expect(sent.text).toMatch(/3 de diciembre de 2026.*10:30/);
    expect(sent.text).toContain("Abrir el acompañamiento");
  });

  it("a queued email goes out in the language its recipient has when it is delivered, and the log shows either", async () => {
    const person = await createPerson({ locale: "ca" });
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        template: "approval-decision",
        to: recipient(person),
        props: { name: "Laura Costa Puig", approved: true, path: "/inici" },
      }),
    );
    const queued = await prisma.emailMessage.findFirstOrThrow({ where: { toUserId: person.id } });
    expect(queued.subject).toBe("El vostre compte de Mentoria XMESS ja està validat");

    const secretariat = viewerOf(await createSecretariat());
    const previewCa = await getEmail(secretariat, queued.id);
    expect(previewCa).toMatchObject({ language: "ca", preview: true });
    expect(previewCa.text).toContain("Entra a la plataforma");
    const previewEs = await getEmail(secretariat, queued.id, { locale: "es" });
    expect(previewEs).toMatchObject({ language: "es", subject: "Su cuenta de Mentoria XMESS ya está validada" });

    await prisma.user.update({ where: { id: person.id }, data: { locale: "es" } });
    const [sent] = await deliver();
    expect(sent.subject).toBe("Su cuenta de Mentoria XMESS ya está validada");
    expect(sent.text).toContain("Acceder a la plataforma");
    expect(sent.text).toContain("/es/inici");
    const stored = await getEmail(secretariat, queued.id);
    expect(stored).toMatchObject({
      language: "es",
      preview: false,
      subject: "Su cuenta de Mentoria XMESS ya está validada",
    });
  });
});
