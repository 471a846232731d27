import "server-only";
import MentoringStartEmail from "@/emails/MentoringStartEmail";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma, type Tx } from "@/lib/db/client";
import { previewEmail } from "@/lib/email/registry";
import {
  applicationsOpenEmail,
  availabilityRequestEmail,
  sendApplicationsOpeningEmails,
} from "@/lib/email/senders/phase-opening";
import { isoDay, madridDay } from "@/lib/dates";
import { conflict, invalid, notFound, type MessageRef } from "@/lib/errors";
import type { Edition, EditionPhase } from "@/lib/generated/prisma/client";
import { startMentorships } from "@/lib/mentorships/start";
import { phaseChangeProblem } from "./phases";

const personFields = { id: true, email: true, name: true, locale: true } as const;
const activeApproved = { deactivatedAt: null, erasedAt: null, approvalStatus: "APPROVED" as const };

/** Who gets which email when the edition enters `to` (the phases' own issues add theirs). */
async function phaseRecipients(tx: Tx, to: EditionPhase) {
  if (to !== "APPLICATIONS") return { mentors: [], technicians: [] };
  const [mentors, technicians] = await Promise.all([
    tx.user.findMany({
      where: { ...activeApproved, role: "TECHNICIAN", isMentor: true },
      select: personFields,
      orderBy: { name: "asc" },
    }),
    tx.user.findMany({
      where: { ...activeApproved, role: "TECHNICIAN", isMentor: false },
      select: personFields,
      orderBy: { name: "asc" },
    }),
  ]);
  return { mentors, technicians };
}

export type PhaseChangePlan = {
  edition: Pick<Edition, "id" | "name" | "phase">;
  to: EditionPhase;
  /** Why the change is not possible: an "appErrors" message. */
  problem: MessageRef | null;
  /** What the change cuts short (applications still open, proposals pending, mentorships active): confirmed explicitly. */
  warnings: PhaseWarning[];
  groups: {
    group: "mentors" | "technicians" | "pairs";
    subject: string;
    previewHtml: string;
    recipients: { id: string; name: string | null; email: string }[];
  }[];
};

/** What a phase change would do: shown to the secretariat before they confirm it. */
export async function planPhaseChange(
  actor: Viewer | null,
  editionId: string,
  to: EditionPhase,
): Promise<PhaseChangePlan> {
  assertPermission(actor, "programme:manage");
  const edition = await prisma.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound();
  const problem = phaseChangeProblem(edition, to);
  const warnings = await phaseWarnings(prisma, edition, to);
  const { mentors, technicians } = await phaseRecipients(prisma, to);
  const groups: PhaseChangePlan["groups"] = [];
  if (mentors.length) {
    const sample = availabilityRequestEmail(edition, mentors[0]);
    const { subject, html } = await previewEmail(sample.template, sample.props, sample.to.locale);
    groups.push({ group: "mentors", subject, previewHtml: html, recipients: mentors });
  }
  if (technicians.length) {
    const sample = applicationsOpenEmail(edition, technicians[0]);
    const { subject, html } = await previewEmail(sample.template, sample.props, sample.to.locale);
    groups.push({ group: "technicians", subject, previewHtml: html, recipients: technicians });
  }
  if (to === "MENTORING") {
    const pairs = await prisma.mentorship.findMany({
      where: { editionId, startEmailSentAt: null, status: { in: ["AGREEING", "ACTIVE"] } },
      select: {
        mentor: { select: { id: true, name: true, email: true } },
        mentee: { select: { id: true, name: true, email: true } },
      },
    });
    if (pairs.length) {
      const { subject, html } = await previewEmail("mentoring-start", MentoringStartEmail.PreviewProps, "ca");
      groups.push({
        group: "pairs",
        subject,
        previewHtml: html,
        recipients: pairs.flatMap((p) => [p.mentee, p.mentor]),
      });
    }
  }
  return { edition: { id: edition.id, name: edition.name, phase: edition.phase }, to, problem, warnings, groups };
}

/** A message of the "adminPhase.warning" namespace: `count` records concerned, `date` a day ("2026-09-30"). */
export type PhaseWarning = {
  key: "applicationsOpen" | "proposalsPending" | "mentorshipsOpen";
  count: number;
  date?: string;
};

/**
 * A phase change before its time: matching while applications are still open, mentoring while
 * proposals wait for an answer, closure while mentorships are in course. Each says the date and
 * how many people or records it concerns.
 */
export async function phaseWarnings(
  db: Tx,
  edition: Edition,
  to: EditionPhase,
  now = new Date(),
): Promise<PhaseWarning[]> {
  const today = madridDay(now);
  const warnings: PhaseWarning[] = [];
  if (to === "MATCHING" && today <= edition.applicationsCloseOn) {
    const drafts = await db.application.count({ where: { editionId: edition.id, status: "DRAFT", live: true } });
    warnings.push({ key: "applicationsOpen", count: drafts, date: isoDay(edition.applicationsCloseOn) });
  }
  if (to === "MENTORING") {
    const pending = await db.proposal.count({ where: { editionId: edition.id, status: "PENDING" } });
    if (pending) warnings.push({ key: "proposalsPending", count: pending, date: isoDay(edition.matchingDeadlineOn) });
  }
  if (to === "CLOSURE" || to === "CLOSED") {
    const open = await db.mentorship.count({
      where: {
        editionId: edition.id,
        status: { in: to === "CLOSED" ? ["AGREEING", "ACTIVE", "CLOSING"] : ["AGREEING", "ACTIVE"] },
      },
    });
    if (open) warnings.push({ key: "mentorshipsOpen", count: open });
  }
  return warnings;
}

/**
 * Moves the edition to its next phase and queues that phase's emails, in one transaction.
 * `from` is the phase the secretariat saw: if someone else changed it meanwhile, nothing happens.
 */
export async function changeEditionPhase(
  actor: Viewer | null,
  input: { editionId: string; from: EditionPhase; to: EditionPhase; acknowledged?: boolean },
  now = new Date(),
) {
  assertPermission(actor, "programme:manage");
  return applyPhaseChange(actor.id, input, now, { requireAcknowledgement: true });
}

/** The phase change itself, for the secretariat's action and for the sweep's automatic changes (no actor). */
export async function applyPhaseChange(
  actorId: string | null,
  input: { editionId: string; from: EditionPhase; to: EditionPhase; acknowledged?: boolean },
  now = new Date(),
  { requireAcknowledgement = false } = {},
) {
  return prisma.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: input.editionId } });
    if (!edition) throw notFound();
    if (edition.phase !== input.from) {
      throw conflict({ key: "phase.changed", values: { phase: edition.phase } });
    }
    const problem = phaseChangeProblem(edition, input.to);
    if (problem) throw invalid(problem);
    if (requireAcknowledgement && !input.acknowledged && (await phaseWarnings(tx, edition, input.to, now)).length) {
      throw invalid({ key: "phase.reviewWarnings" }, { acknowledged: [{ key: "phase.acknowledge" }] });
    }
    const { count } = await tx.edition.updateMany({
      where: { id: edition.id, phase: input.from },
      data: { phase: input.to, phaseChangedAt: now },
    });
    if (count !== 1) throw conflict({ key: "phaseChange.convocatoriaCanviatFaseTorneu" });
    const recipients = await phaseRecipients(tx, input.to);
    const updated = { ...edition, phase: input.to };
    if (input.to === "APPLICATIONS") await sendApplicationsOpeningEmails(tx, updated, recipients);
    const started = input.to === "MENTORING" ? await startMentorships(tx, { editionId: edition.id }, now) : 0;
    await recordAuditEvent(tx, {
      actorId,
      action: "edition.phase_changed",
      entityType: "Edition",
      entityId: edition.id,
      data: {
        from: input.from,
        to: input.to,
        emails: recipients.mentors.length + recipients.technicians.length + started * 2,
      },
    });
    return { id: edition.id, phase: input.to };
  });
}
