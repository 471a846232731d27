import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { getDashboard } from "./dashboard";
import { EVALUATION_QUESTIONS } from "@/lib/mentorships/evaluation-questions";

type Score = (typeof EVALUATION_QUESTIONS)[number];

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** The edition's printable summary: its figures, the evaluation results and the comments. */
export async function getEditionReport(actor: Viewer | null, editionId: string) {
  assertPermission(actor, "programme:manage");
  const [dashboard, evaluations] = await Promise.all([
    getDashboard(actor, editionId),
    prisma.evaluation.findMany({ where: { mentorship: { editionId } }, orderBy: { submittedAt: "asc" } }),
  ]);
  const byRole = (role: "MENTOR" | "MENTEE" | null) =>
    evaluations.filter((e) => role === null || e.authorRole === role);
  const averages = EVALUATION_QUESTIONS.map((key) => ({
    key,
    all: average(byRole(null).map((e) => e[key as Score])),
    mentees: average(byRole("MENTEE").map((e) => e[key as Score])),
    mentors: average(byRole("MENTOR").map((e) => e[key as Score])),
  }));
  const recommend = evaluations.length
    ? Math.round((evaluations.filter((e) => e.wouldRecommend).length / evaluations.length) * 100)
    : null;
  return {
    ...dashboard,
    evaluations: {
      count: evaluations.length,
      mentees: byRole("MENTEE").length,
      mentors: byRole("MENTOR").length,
      averages,
      recommend,
      comments: evaluations.filter((e) => e.comments).map((e) => ({ id: e.id, role: e.authorRole, text: e.comments! })),
    },
  };
}
