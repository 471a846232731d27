import { hashToken, inspectMagicLink } from "@/lib/auth/magic-link";
import { requestSignInLink } from "@/lib/auth/request-sign-in";
import { prisma } from "@/lib/db/client";
import { unseal } from "@/lib/email/sealed";
import { createPerson, unique } from "../support/factories";

const client = () => unique("client");

function emailsTo(address: string) {
  return prisma.emailMessage.findMany({ where: { toEmail: address } });
}

/** The link the delivery worker will send: stored only sealed (lib/email/sealed.ts). */
function linkOf(email: { payload: unknown }) {
  const url = unseal((email.payload as { link: string }).link);
  if (!url) throw new Error("no link in the email");
  return new URL(url);
}

describe("requestSignInLink", () => {
  it("queues one sign-in email with a confirmation link for a known person, storing only the token's hash", async () => {
    const person = await createPerson();
    const result = await requestSignInLink({ email: person.email, locale: "ca", clientKey: client() });
    expect(result).toEqual({ status: "accepted" });

    const [email] = await emailsTo(person.email);
    expect(email).toMatchObject({
      template: "sign-in-link",
      status: "PENDING",
      toUserId: person.id,
      html: "",
      text: "",
    });
    expect(email.subject).toBe("Enllaç per entrar a Mentoria XMESS");
    const url = linkOf(email);
    expect(JSON.stringify(email)).not.toContain(url.searchParams.get("token"));
    expect(url.pathname).toBe("/ca/entrar/confirmar");
    const token = url.searchParams.get("token")!;
    expect(url.searchParams.get("email")).toBe(person.email);

    const stored = await prisma.verificationToken.findMany({ where: { identifier: person.email } });
    expect(stored).toHaveLength(1);
    expect(stored[0].token).toBe(hashToken(token));
    expect(stored[0].token).not.toContain(token);
    const minutes = (stored[0].expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it("gives an unknown address the same answer and sends nothing", async () => {
    const address = `${unique("nobody")}@example.org`;
    const result = await requestSignInLink({ email: address, locale: "ca", clientKey: client() });
    expect(result).toEqual({ status: "accepted" });
    expect(await emailsTo(address)).toHaveLength(0);
    expect(await prisma.verificationToken.count({ where: { identifier: address } })).toBe(0);
  });

  it("sends nothing to a deactivated person, with the same answer", async () => {
    const person = await createPerson({ deactivatedAt: new Date() });
    const result = await requestSignInLink({ email: person.email, locale: "ca", clientKey: client() });
    expect(result).toEqual({ status: "accepted" });
    expect(await emailsTo(person.email)).toHaveLength(0);
  });

  it("limits requests per address, for known and unknown addresses alike", async () => {
    for (const address of [(await createPerson()).email, `${unique("ghost")}@example.org`]) {
      const results = [];
      for (let i = 0; i < 6; i++) {
        results.push((await requestSignInLink({ email: address, locale: "ca", clientKey: client() })).status);
      }
      expect(results).toEqual(["accepted", "accepted", "accepted", "accepted", "accepted", "rate-limited"]);
    }
  });

  it("limits requests per client across addresses", async () => {
    const key = client();
    const statuses: string[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (await requestSignInLink({ email: `${unique("x")}@example.org`, locale: "ca", clientKey: key })).status,
      );
    }
    expect(statuses.filter((s) => s === "accepted")).toHaveLength(30);
    expect(statuses[30]).toBe("rate-limited");
  });

  it("keeps the limit when requests race", async () => {
    const person = await createPerson();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => requestSignInLink({ email: person.email, locale: "ca", clientKey: client() })),
    );
    expect(results.filter((r) => r.status === "accepted")).toHaveLength(5);
    expect(await emailsTo(person.email)).toHaveLength(5);
  });

  it("opens the window again once it has passed", async () => {
    const person = await createPerson();
    const past = new Date(Date.now() - 16 * 60_000);
    for (let i = 0; i < 5; i++) {
      await requestSignInLink({ email: person.email, locale: "ca", clientKey: client(), now: past });
    }
    const result = await requestSignInLink({ email: person.email, locale: "ca", clientKey: client() });
    expect(result.status).toBe("accepted");
  });

  it("keeps a safe return path in the link and drops a foreign one", async () => {
    const person = await createPerson();
    await requestSignInLink({ email: person.email, locale: "es", clientKey: client(), next: "/es/secretaria" });
    await requestSignInLink({
      email: person.email,
      locale: "ca",
      clientKey: client(),
      next: "//evil.example.com/ca/x",
    });
    const [second, first] = (await emailsTo(person.email)).sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
    );
    expect(linkOf(first).searchParams.get("next")).toBe("/es/secretaria");
    expect(linkOf(first).pathname).toBe("/es/entrar/confirmar");
    expect(linkOf(second).searchParams.get("next")).toBeNull();
  });
});

describe("inspectMagicLink", () => {
  it("tells valid, expired and unknown links apart without spending them", async () => {
    const person = await createPerson();
    await requestSignInLink({ email: person.email, locale: "ca", clientKey: client() });
    const [email] = await emailsTo(person.email);
    const token = linkOf(email).searchParams.get("token")!;

    expect(await inspectMagicLink({ token, email: person.email })).toBe("valid");
    expect(await inspectMagicLink({ token, email: person.email })).toBe("valid");
    expect(await inspectMagicLink({ token, email: person.email, now: new Date(Date.now() + 16 * 60_000) })).toBe(
      "expired",
    );
    expect(await inspectMagicLink({ token: "wrong", email: person.email })).toBe("invalid");
    expect(await inspectMagicLink({ token, email: "other@example.org" })).toBe("invalid");
    expect(await prisma.verificationToken.count({ where: { identifier: person.email } })).toBe(1);
  });
});
