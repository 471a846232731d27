import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { effectivePeriod } from "./period";

const contact = {
  select: { name: true, email: true, phone: true, position: true, municipality: { select: { name: true } } },
} as const;

/** The person's mentorships in any edition, as mentor or as mentee, with the other party's contact. */
export async function listMyMentorships(actor: Viewer) {
  const rows = await prisma.mentorship.findMany({
    where: { OR: [{ mentorId: actor.id }, { menteeId: actor.id }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      mentorId: true,
      acceptedAt: true,
      agreedStartOn: true,
      endOn: true,
      edition: { select: { name: true, mentoringStartOn: true, defaultEndOn: true, maxDurationMonths: true } },
      mentor: contact,
      mentee: contact,
    },
  });
  return rows.map(({ mentor, mentee, ...m }) => ({
    ...m,
    period: effectivePeriod(m, m.edition),
    role: m.mentorId === actor.id ? ("MENTOR" as const) : ("MENTEE" as const),
    other: m.mentorId === actor.id ? mentee : mentor,
  }));
}

export type MyMentorship = Awaited<ReturnType<typeof listMyMentorships>>[number];
