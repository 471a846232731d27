import "server-only";
import { maxWeightAssignment } from "./assignment";
import {
  hardRuleProblem,
  scoreValue,
  weightTotal,
  type HardRules,
  type MatchApplication,
  type MatchMentor,
} from "./score";
import type { Weights } from "./weights";

export type Suggestion = {
  pairs: { applicationId: string; mentorId: string; score: number }[];
  /** Pairs made, then their total score: the objective, maximised in this order. */
  objective: { matched: number; totalScore: number };
};

/**
 * The best overall assignment of applications to mentors: as many applications as the hard
 * rules and the capacities allow, and among those, the highest total score. Optimal, not greedy:
 * each mentor with c free places becomes c columns of an assignment problem solved exactly.
 */
export function suggestAssignment(
  apps: MatchApplication[],
  mentors: MatchMentor[],
  weights: Weights,
  rules: HardRules,
): Suggestion {
  const slots: number[] = [];
  mentors.forEach((mentor, index) => {
    for (let k = 0; k < mentor.capacity - mentor.committed; k++) slots.push(index);
  });
  if (!apps.length || !slots.length) return { pairs: [], objective: { matched: 0, totalScore: 0 } };

  // Scores in hundredths so that the optimum is exact integer arithmetic.
  const scores = new Float64Array(apps.length * mentors.length);
  const weightSum = weightTotal(weights);
  apps.forEach((app, i) => {
    mentors.forEach((mentor, j) => {
      scores[i * mentors.length + j] =
        hardRuleProblem(app, mentor, rules) === null
          ? Math.round(scoreValue(app, mentor, weights, weightSum) * 100)
          : Number.NaN;
    });
  });
  const weight = new Float64Array(apps.length * slots.length);
  for (let i = 0; i < apps.length; i++) {
    for (let s = 0; s < slots.length; s++) weight[i * slots.length + s] = scores[i * mentors.length + slots[s]];
  }

  const assigned = maxWeightAssignment(apps.length, slots.length, weight);
  const pairs: Suggestion["pairs"] = [];
  let total = 0;
  assigned.forEach((slot, i) => {
    if (slot < 0) return;
    const j = slots[slot];
    const score = scores[i * mentors.length + j];
    total += score;
    pairs.push({ applicationId: apps[i].id, mentorId: mentors[j].id, score: score / 100 });
  });
  return { pairs, objective: { matched: pairs.length, totalScore: total / 100 } };
}
