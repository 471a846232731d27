import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { addDays, madridDay } from "@/lib/dates";
import { meetingCompliance } from "@/lib/mentorships/rules";

export type Count = { label: string; value: number };
export type AttentionItem = { label: string; count: number; href: string };

const count = <K extends string>(rows: { key: K; n: number }[], key: K) => rows.find((r) => r.key === key)?.n ?? 0;

/**
 * The secretariat's dashboard of an edition: figures, what needs attention (with links),
 * applications by topic and comarca, the funnel, and the comparison with past editions.
 */
export async function getDashboard(actor: Viewer | null, editionId: string, now = new Date()) {
  assertPermission(actor, "programme:manage");
  const today = madridDay(now);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [edition, applications, offers, proposals, mentorships, meetings, evaluations, fitxes, byTopic, byComarca, communications, failedEmails, registrations, history] =
    await Promise.all([
      prisma.edition.findUniqueOrThrow({ where: { id: editionId } }),
      prisma.application.groupBy({ by: ["status"], where: { editionId }, _count: true }),
      prisma.mentorOffer.aggregate({ where: { editionId, status: "ACTIVE" }, _count: true, _sum: { capacity: true } }),
      prisma.proposal.groupBy({ by: ["status"], where: { editionId }, _count: true }),
      prisma.mentorship.findMany({
        where: { editionId },
        select: { id: true, status: true, startedOn: true, endOn: true, closingAt: true, agreement: { select: { status: true } }, meetings: { select: { status: true, mode: true, confirmedAt: true } }, recordSheet: { select: { status: true } } },
      }),
      prisma.meeting.count({ where: { mentorship: { editionId } } }),
      prisma.evaluation.count({ where: { mentorship: { editionId } } }),
      prisma.recordSheet.groupBy({ by: ["status"], where: { mentorship: { editionId } }, _count: true }),
      prisma.applicationNeed.groupBy({ by: ["topicId"], where: { application: { editionId, status: "SUBMITTED" } }, _count: true }),
      prisma.$queryRaw<{ comarca: string; n: number }[]>`
        SELECT m.comarca, COUNT(*)::int AS n FROM "Application" a JOIN "Municipality" m ON m.id = a."municipalityId"
         WHERE a."editionId" = ${editionId} AND a.status = 'SUBMITTED' GROUP BY m.comarca ORDER BY n DESC, m.comarca`,
      prisma.communication.count({ where: { status: "OPEN" } }),
      prisma.emailMessage.count({ where: { status: "FAILED" } }),
      prisma.user.count({ where: { approvalStatus: "PENDING", deactivatedAt: null, erasedAt: null } }),
      prisma.$queryRaw<{ id: string; name: string; year: number; applications: number; mentorships: number; completed: number; fitxes: number }[]>`
        SELECT e.id, e.name, e.year,
               (SELECT COUNT(*)::int FROM "Application" a WHERE a."editionId" = e.id AND a.status = 'SUBMITTED') AS applications,
               (SELECT COUNT(*)::int FROM "Mentorship" m WHERE m."editionId" = e.id) AS mentorships,
               (SELECT COUNT(*)::int FROM "Mentorship" m WHERE m."editionId" = e.id AND m.status = 'COMPLETED') AS completed,
               (SELECT COUNT(*)::int FROM "RecordSheet" r JOIN "Mentorship" m ON m.id = r."mentorshipId" WHERE m."editionId" = e.id AND r.status = 'PUBLISHED') AS fitxes
          FROM "Edition" e ORDER BY e.year DESC LIMIT 6`,
    ]);
  const topics = await prisma.topic.findMany({ where: { id: { in: byTopic.map((t) => t.topicId) } }, select: { id: true, name: true } });

  const apps = applications.map((a) => ({ key: a.status, n: a._count }));
  const props = proposals.map((p) => ({ key: p.status, n: p._count }));
  const statuses = ["AGREEING", "ACTIVE", "CLOSING", "COMPLETED", "CANCELLED"] as const;
  const byStatus = Object.fromEntries(statuses.map((s) => [s, mentorships.filter((m) => m.status === s).length])) as Record<(typeof statuses)[number], number>;
  const compliant = mentorships.filter((m) => meetingCompliance(m.meetings, edition).met).length;
  const sheets = fitxes.map((f) => ({ key: f.status, n: f._count }));

  const stalledProposals = await prisma.proposal.count({ where: { editionId, status: "PENDING", createdAt: { lt: weekAgo } } });
  const noAgreement = mentorships.filter((m) => m.status === "AGREEING" && m.startedOn && addDays(m.startedOn, 30) < today).length;
  const overdueFitxes = mentorships.filter(
    (m) => m.status === "CLOSING" && (!m.recordSheet || m.recordSheet.status === "DRAFT" || m.recordSheet.status === "CHANGES_REQUESTED") && m.closingAt && m.closingAt < addDays(now, -21),
  ).length;

  return {
    edition,
    figures: {
      applications: { submitted: count(apps, "SUBMITTED"), drafts: count(apps, "DRAFT"), withdrawn: count(apps, "WITHDRAWN") },
      offers: { mentors: offers._count, capacity: offers._sum.capacity ?? 0 },
      proposals: { pending: count(props, "PENDING"), accepted: count(props, "ACCEPTED"), declined: count(props, "DECLINED"), expired: count(props, "EXPIRED") },
      mentorships: byStatus,
      meetings: { logged: meetings, compliantMentorships: compliant, mentorships: mentorships.length },
      evaluations,
      fitxes: { submitted: count(sheets, "SUBMITTED"), changes: count(sheets, "CHANGES_REQUESTED"), published: count(sheets, "PUBLISHED") },
    },
    attention: [
      { label: "Propostes pendents de resposta fa més d'una setmana", count: stalledProposals, href: `/secretaria/convocatories/${editionId}/matching` },
      { label: "Acompanyaments sense acord 30 dies després de l'inici", count: noAgreement, href: "/secretaria/acompanyaments?status=AGREEING" },
      { label: "Comunicacions obertes", count: communications, href: "/secretaria/comunicacions?status=OPEN" },
      { label: "Fitxes per revisar", count: count(sheets, "SUBMITTED"), href: "/secretaria/fitxes?status=SUBMITTED" },
      { label: "Fitxes endarrerides (més de 21 dies en tancament)", count: overdueFitxes, href: "/secretaria/acompanyaments?status=CLOSING" },
      { label: "Correus que no s'han pogut enviar", count: failedEmails, href: "/secretaria/correus?status=FAILED" },
      { label: "Registres pendents de validació", count: registrations, href: "/secretaria/persones?status=pending" },
    ] satisfies AttentionItem[],
    byTopic: byTopic
      .map((t) => ({ label: topics.find((x) => x.id === t.topicId)?.name ?? "", value: t._count }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "ca")),
    byComarca: byComarca.map((c) => ({ label: c.comarca, value: c.n })),
    funnel: [
      { label: "Sol·licituds enviades", value: count(apps, "SUBMITTED") },
      { label: "Amb proposta", value: count(props, "PENDING") + count(props, "ACCEPTED") },
      { label: "Acompanyaments", value: mentorships.length },
      { label: "Amb acord confirmat", value: mentorships.filter((m) => m.agreement?.status === "CONFIRMED").length },
      { label: "Completats", value: byStatus.COMPLETED },
    ] satisfies Count[],
    history: history.reverse(),
  };
}
