import "server-only";
import type { MentorshipView } from "./view";

/**
 * What the person looking at a mentorship should do now, one thing, chosen in this order: what
 * the other party is waiting for (an agreement, a meeting or an extension to confirm), then one's
 * own next duty in the programme's cycle (first contact → agreement → meetings → completion →
 * evaluation → fitxa). `waitingFor` says what the other party (or the secretariat) still has to do.
 */
export type NextStep =
  | { kind: "confirm-agreement"; version: number }
  | { kind: "confirm-meeting"; meetingId: string; startsAt: Date }
  | { kind: "answer-extension"; extensionId: string; newEndOn: Date }
  | { kind: "first-contact" }
  | { kind: "draft-agreement" }
  | { kind: "log-meeting"; counted: number; required: number }
  | { kind: "complete" }
  | { kind: "evaluate" }
  | { kind: "fitxa"; changesRequested: boolean }
  | { kind: "wait" }
  | { kind: "completed" }
  | { kind: "cancelled" }
  | { kind: "oversee" };

export type Waiting =
  | { kind: "first-contact" }
  | { kind: "confirm-agreement" }
  | { kind: "draft-agreement" }
  | { kind: "confirm-meeting"; startsAt: Date }
  | { kind: "answer-extension" }
  | { kind: "complete" }
  | { kind: "evaluate" }
  | { kind: "fitxa" }
  | { kind: "fitxa-review" };

type Input = Pick<MentorshipView, "mentorship" | "role" | "compliance">;

export function nextStep({ mentorship: m, role, compliance }: Input, viewerId: string, now = new Date()): NextStep {
  if (role === "SECRETARIAT") return { kind: "oversee" };
  if (m.status === "CANCELLED") return { kind: "cancelled" };
  if (m.status === "COMPLETED") return { kind: "completed" };
  if (m.status === "CLOSING") {
    if (!m.evaluations.some((e) => e.authorRole === role)) return { kind: "evaluate" };
    const sheet = m.recordSheet?.status;
    if (role === "MENTEE" && (!sheet || sheet === "DRAFT" || sheet === "CHANGES_REQUESTED")) {
      return { kind: "fitxa", changesRequested: sheet === "CHANGES_REQUESTED" };
    }
    return { kind: "wait" };
  }
  const agreement = m.agreement;
  if (agreement?.status === "DRAFT" && agreement.draftedBy.id !== viewerId) {
    return { kind: "confirm-agreement", version: agreement.version };
  }
  const toConfirm = m.meetings.find(
    (x) => x.status !== "CANCELLED" && !x.confirmedAt && x.startsAt <= now && x.loggedBy.id !== viewerId,
  );
  if (toConfirm) return { kind: "confirm-meeting", meetingId: toConfirm.id, startsAt: toConfirm.startsAt };
  const extension = m.extensions.find((e) => e.status === "PENDING" && e.proposedBy.id !== viewerId);
  if (extension) return { kind: "answer-extension", extensionId: extension.id, newEndOn: extension.newEndOn };
  if (role === "MENTEE" && !m.firstContactOn) return { kind: "first-contact" };
  if (!agreement) return { kind: "draft-agreement" };
  if (!compliance.met) return { kind: "log-meeting", counted: compliance.counted, required: compliance.required };
  const mine = role === "MENTOR" ? m.mentorConfirmedEndAt : m.menteeConfirmedEndAt;
  if (m.status === "ACTIVE" && !mine) return { kind: "complete" };
  return { kind: "wait" };
}

/** What the other party (or the secretariat) still has to do, from the viewer's side. */
export function waitingFor({ mentorship: m, role }: Input, viewerId: string, now = new Date()): Waiting[] {
  if (role === "SECRETARIAT" || m.status === "CANCELLED" || m.status === "COMPLETED") return [];
  const otherRole = role === "MENTOR" ? "MENTEE" : "MENTOR";
  const waiting: Waiting[] = [];
  if (m.status === "CLOSING") {
    if (!m.evaluations.some((e) => e.authorRole === otherRole)) waiting.push({ kind: "evaluate" });
    const sheet = m.recordSheet?.status;
    if (otherRole === "MENTEE" && sheet !== "SUBMITTED" && sheet !== "PUBLISHED") waiting.push({ kind: "fitxa" });
    if (sheet === "SUBMITTED") waiting.push({ kind: "fitxa-review" });
    return waiting;
  }
  if (otherRole === "MENTEE" && !m.firstContactOn) waiting.push({ kind: "first-contact" });
  if (m.agreement?.status === "DRAFT" && m.agreement.draftedBy.id === viewerId) {
    waiting.push({ kind: "confirm-agreement" });
  }
  for (const x of m.meetings) {
    if (x.status !== "CANCELLED" && !x.confirmedAt && x.startsAt <= now && x.loggedBy.id === viewerId) {
      waiting.push({ kind: "confirm-meeting", startsAt: x.startsAt });
    }
  }
  if (m.extensions.some((e) => e.status === "PENDING" && e.proposedBy.id === viewerId)) {
    waiting.push({ kind: "answer-extension" });
  }
  const mine = role === "MENTOR" ? m.mentorConfirmedEndAt : m.menteeConfirmedEndAt;
  const theirs = role === "MENTOR" ? m.menteeConfirmedEndAt : m.mentorConfirmedEndAt;
  if (m.status === "ACTIVE" && mine && !theirs) waiting.push({ kind: "complete" });
  return waiting;
}
