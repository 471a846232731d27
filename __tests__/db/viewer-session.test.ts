import { getViewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { viewerOf } from "../support/actors";
import { createPerson, createSecretariat, unique } from "../support/factories";

// getViewer reads Auth.js's session row itself (lib/auth/viewer.ts); the request's cookies are
// the only thing it takes from Next.js.
const jar = new Map<string, string>();
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

async function openSession(userId: string, expires = new Date(Date.now() + 86_400_000)) {
  const sessionToken = unique("session");
  await prisma.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

beforeEach(() => jar.clear());

describe("the signed-in person is read from the database session", () => {
  it("no cookie, or a token with no session, is nobody", async () => {
    expect(await getViewer()).toBeNull();
    jar.set("authjs.session-token", unique("forged"));
    expect(await getViewer()).toBeNull();
  });

  it("a live session gives the person as they are now, by either cookie name", async () => {
    const person = await createPerson({ isMentor: true });
    jar.set("authjs.session-token", await openSession(person.id));
    expect(await getViewer()).toEqual(viewerOf(person));

    // A role change applies on the next request, without signing in again.
    const promoted = await prisma.user.update({ where: { id: person.id }, data: { role: "SECRETARIAT" } });
    expect(await getViewer()).toEqual(viewerOf(promoted));

    jar.clear();
    const secretariat = await createSecretariat();
    jar.set("__Secure-authjs.session-token", await openSession(secretariat.id));
    expect(await getViewer()).toEqual(viewerOf(secretariat));
  });

  it("a session past its expiry date is nobody", async () => {
    const person = await createPerson();
    jar.set("authjs.session-token", await openSession(person.id, new Date(Date.now() - 1_000)));
    expect(await getViewer()).toBeNull();
  });

  it("a deactivated or erased person is nobody, even with a live session", async () => {
    const deactivated = await createPerson({ deactivatedAt: new Date() });
    jar.set("authjs.session-token", await openSession(deactivated.id));
    expect(await getViewer()).toBeNull();

    const erased = await createPerson({ erasedAt: new Date() });
    jar.set("authjs.session-token", await openSession(erased.id));
    expect(await getViewer()).toBeNull();
  });
});
