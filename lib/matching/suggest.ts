import "server-only";
import { maxWeightTransport } from "./assignment";
import { scoreMatrix, type HardRules, type MatchApplication, type MatchMentor } from "./score";
import type { Weights } from "./weights";

export type Suggestion = {
  pairs: { applicationId: string; mentorId: string; score: number }[];
  /** Pairs made, then their total score: the objective, maximised in this order. */
  objective: { matched: number; totalScore: number };
};

/**
 * The best overall assignment of applications to mentors: as many applications as the hard
 * rules and the capacities allow, and among those, the highest total score. Optimal, not greedy:
 * each mentor with c free places is a column that takes up to c applications, in a transport
 * problem solved exactly.
 */
export function suggestAssignment(
  apps: MatchApplication[],
  mentors: MatchMentor[],
  weights: Weights,
  rules: HardRules,
  scores = scoreMatrix(apps, mentors, weights, rules),
): Suggestion {
  const places = Int32Array.from(mentors, (m) => Math.max(0, m.capacity - m.committed));
  if (!apps.length || !places.some((p) => p > 0)) return { pairs: [], objective: { matched: 0, totalScore: 0 } };

  // Scores in hundredths (scoreMatrix) so that the optimum is exact integer arithmetic; each
  // mentor is one column with as many places as they have free.
  const assigned = maxWeightTransport(apps.length, mentors.length, scores, new Uint8Array(apps.length).fill(1), places);
  assigned.sort((a, b) => a[0] - b[0]);
  const pairs: Suggestion["pairs"] = [];
  let total = 0;
  for (const [i, j] of assigned) {
    const score = scores[i * mentors.length + j];
    total += score;
    pairs.push({ applicationId: apps[i].id, mentorId: mentors[j].id, score: score / 100 });
  }
  return { pairs, objective: { matched: pairs.length, totalScore: total / 100 } };
}
