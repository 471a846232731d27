import { asViewer, type Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { User } from "@/lib/generated/prisma/client";
import { createPerson, createSecretariat } from "./factories";

export function viewerOf(user: User): Viewer {
  return asViewer(user);
}

export type ActorName = "anonymous" | "technician" | "mentor" | "otherTechnician" | "secretariat" | "deactivated";
export const ACTORS: ActorName[] = [
  "anonymous",
  "technician",
  "mentor",
  "otherTechnician",
  "secretariat",
  "deactivated",
];

/** The six kinds of caller of the authorization matrices. */
export async function createActors() {
  const technician = await createPerson();
  const mentor = await createPerson({ isMentor: true });
  const otherTechnician = await createPerson();
  const secretariat = await createSecretariat();
  const deactivatedUser = await createSecretariat({ deactivatedAt: new Date() });
  const users = { technician, mentor, otherTechnician, secretariat, deactivated: deactivatedUser };
  const viewers: Record<ActorName, Viewer | null> = {
    anonymous: null,
    technician: viewerOf(technician),
    mentor: viewerOf(mentor),
    otherTechnician: viewerOf(otherTechnician),
    secretariat: viewerOf(secretariat),
    // A deactivated secretariat member: the strongest role, so a refusal proves deactivation counts.
    deactivated: { ...viewerOf(deactivatedUser), active: false },
  };
  return { users, viewers };
}

/** Everything a refused call could have touched: row counts of every table. */
export async function databaseFingerprint() {
  const counts = await Promise.all([
    prisma.user.count(),
    prisma.municipality.count(),
    prisma.topic.count(),
    prisma.edition.count(),
    prisma.mentorOffer.count(),
    prisma.application.count(),
    prisma.applicationNeed.count(),
    prisma.proposal.count(),
    prisma.mentorship.count(),
    prisma.emailMessage.count(),
    prisma.auditEvent.count(),
    prisma.session.count(),
    prisma.verificationToken.count(),
    prisma.agreement.count(),
    prisma.meeting.count(),
    prisma.extension.count(),
    prisma.communication.count(),
    prisma.communicationMessage.count(),
    prisma.evaluation.count(),
    prisma.recordSheet.count(),
  ]);
  const latest = await Promise.all([
    prisma.user.aggregate({ _max: { updatedAt: true } }),
    prisma.municipality.aggregate({ _max: { updatedAt: true } }),
    prisma.edition.aggregate({ _max: { updatedAt: true } }),
    prisma.mentorOffer.aggregate({ _max: { updatedAt: true } }),
    prisma.application.aggregate({ _max: { updatedAt: true } }),
    prisma.proposal.aggregate({ _max: { updatedAt: true } }),
    prisma.mentorship.aggregate({ _max: { updatedAt: true } }),
    prisma.agreement.aggregate({ _max: { updatedAt: true } }),
    prisma.meeting.aggregate({ _max: { updatedAt: true } }),
    prisma.communication.aggregate({ _max: { updatedAt: true } }),
    prisma.recordSheet.aggregate({ _max: { updatedAt: true } }),
  ]);
  const topics = await prisma.topic.findMany({
    select: { id: true, name: true, active: true, sortOrder: true },
    orderBy: { id: "asc" },
  });
  return JSON.stringify({ counts, latest, topics });
}
