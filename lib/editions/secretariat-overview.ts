import { prisma } from "@/lib/db/client";

export async function getSecretariatOverview() {
  const [edition, people, mentors, municipalities, emailsPending, emailsFailed] = await Promise.all([
    prisma.edition.findFirst({ where: { isCurrent: true } }),
    prisma.user.count({ where: { deactivatedAt: null, erasedAt: null } }),
    prisma.user.count({ where: { isMentor: true, deactivatedAt: null, erasedAt: null } }),
    prisma.municipality.count({ where: { active: true } }),
    prisma.emailMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
    prisma.emailMessage.count({ where: { status: "FAILED" } }),
  ]);
  return { edition, people, mentors, municipalities, emailsPending, emailsFailed };
}
