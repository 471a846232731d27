import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { asViewer } from "./viewer";
import type { ApprovalStatus, Role, User } from "@/lib/generated/prisma/client";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      email: string;
      name: string | null;
      role: Role;
      isMentor: boolean;
      approvalStatus: ApprovalStatus;
      municipalityId: string | null;
      active: boolean;
    };
  }
}

export const EMAIL_PROVIDER_ID = "email";

// Auth.js keeps the sessions (database strategy, so a role change or a deactivation applies on
// the next request) and verifies magic links in its callback. Links are issued by
// lib/auth/request-sign-in.ts, never by Auth.js's own sign-in endpoint (the route handler
// refuses it), so sendVerificationRequest is never called.
function config(): NextAuthConfig {
  const e = env();
  return {
    adapter: adapter(),
    secret: e.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "database", maxAge: e.SESSION_MAX_AGE_DAYS * 86_400, updateAge: 86_400 },
    providers: [
      {
        id: EMAIL_PROVIDER_ID,
        type: "email",
        name: "Correu electrònic",
        maxAge: Math.round(e.MAGIC_LINK_MAX_AGE_MINUTES * 60),
        from: e.EMAIL_FROM,
        options: {},
        async sendVerificationRequest() {
          throw new Error("Sign-in links are issued by lib/auth/request-sign-in.ts");
        },
      },
    ],
    pages: { signIn: "/ca/entrar", error: "/ca/entrar/error", verifyRequest: "/ca/entrar" },
    callbacks: {
      signIn({ user }) {
        const person = user as Partial<User>;
        return !person.deactivatedAt && !person.erasedAt;
      },
      session({ session, user }) {
        return { ...session, user: asViewer(user as unknown as User) };
      },
    },
    events: {
      async signIn({ user }) {
        if (!user.id) return;
        await prisma.auditEvent.create({
          data: { actorId: user.id, action: "auth.signed_in", entityType: "User", entityId: user.id },
        });
      },
    },
  };
}

/**
 * Prisma's adapter, except that ending a session that no longer exists is not an error: Auth.js
 * ends the session a browser still names when a magic link is used or on sign-out, and the
 * stock adapter's `delete` throws for a token that is gone (signed out elsewhere, a person
 * deactivated and reactivated), which turned the sign-in into `error=Configuration` and spent
 * the link.
 */
function adapter(): Adapter {
  const base = PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async deleteSession(sessionToken) {
      await prisma.session.deleteMany({ where: { sessionToken } });
      return null;
    },
  };
}

// Auth.js builds its redirects from AUTH_URL when set: the app's public address, not the
// address the server happens to see behind a proxy.
process.env.AUTH_URL ??= new URL("/api/auth", env().APP_URL).toString();

export const { handlers, auth, signOut } = NextAuth(() => config());
