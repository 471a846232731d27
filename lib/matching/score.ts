import "server-only";
import type { NeedPriority } from "@/lib/generated/prisma/enums";
import { compareCatalan } from "@/lib/i18n/collate";
import { areaOf, comarcaKey, proximity } from "./geography";
import type { Weights } from "./weights";

export type MatchApplication = {
  id: string;
  municipalityId: string;
  comarca: string | null;
  population: number | null;
  needs: { topicId: string; topicName: string; priority: NeedPriority }[];
  preferredMentorIds: string[];
};

export type MatchMentor = {
  id: string;
  name: string;
  municipalityId: string | null;
  comarca: string | null;
  population: number | null;
  topicIds: string[];
  capacity: number;
  /** Pending and accepted proposals: places already taken. */
  committed: number;
};

export type HardRules = {
  /** "applicationId:mentorId" of pairs a mentor declined: never proposed again. */
  declined: Set<string>;
  /** Applications for which the secretariat allows a mentor of the same municipality. */
  sameMunicipalityAllowed?: Set<string>;
};

/** Why a pair scores what it does, as data: lib/matching/reason-text.ts words it in the page's language. */
export type Reason =
  | { key: "shared"; topics: { name: string; priority: NeedPriority }[] }
  | { key: "noShared" }
  | { key: "preferred"; rank: number }
  | { key: "sameComarca"; comarca: string }
  | { key: "nearComarca" | "far"; app: string; mentor: string }
  | { key: "similarSize" }
  | { key: "places"; free: number; capacity: number };

export type PairScore = { mentorId: string; score: number; reasons: Reason[] };

const PRIORITY_WEIGHT: Record<NeedPriority, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export const pairKey = (applicationId: string, mentorId: string) => `${applicationId}:${mentorId}`;

/** Why a pair can never be proposed, or null when it can. */
export function hardRuleProblem(
  app: MatchApplication,
  mentor: MatchMentor,
  rules: HardRules,
): "noPlaces" | "declined" | "sameMunicipality" | null {
  if (mentor.committed >= mentor.capacity) return "noPlaces";
  if (rules.declined.has(pairKey(app.id, mentor.id))) return "declined";
  if (
    mentor.municipalityId &&
    mentor.municipalityId === app.municipalityId &&
    !rules.sameMunicipalityAllowed?.has(app.id)
  ) {
    return "sameMunicipality";
  }
  return null;
}

/**
 * The numeric part of scorePair, without the words, for one pair; scoreMatrix gives the same
 * numbers for many pairs at once.
 */
export function scoreValue(app: MatchApplication, mentor: MatchMentor, weights: Weights): number {
  let needWeight = 0;
  let sharedWeight = 0;
  for (const need of app.needs) {
    const w = PRIORITY_WEIGHT[need.priority];
    needWeight += w;
    if (mentor.topicIds.includes(need.topicId)) sharedWeight += w;
  }
  const topics = needWeight ? sharedWeight / needWeight : 0;
  const rank = app.preferredMentorIds.indexOf(mentor.id);
  const preferred = rank < 0 ? 0 : 1 - rank * 0.2;
  const near = proximity(app.comarca, mentor.comarca);
  const size = sizeSimilarity(logOf(app.population), logOf(mentor.population));
  return combine(weights, weightTotal(weights), topics, preferred, near, size, balanceTerm(weights, mentor));
}

/**
 * The weighted sum of a pair's components (each 0–1), 0–100 with two decimals. scoreValue and
 * scoreMatrix both end here, so they give the same numbers to the last bit.
 */
function combine(
  weights: Weights,
  total: number,
  topics: number,
  preferred: number,
  near: number,
  size: number,
  balance: number,
) {
  const raw =
    (weights.topics * topics +
      weights.preferred * preferred +
      weights.proximity * near +
      weights.size * size +
      balance) /
    total;
  return Math.round(raw * 10_000) / 100;
}

const logOf = (population: number | null) => (population ? Math.log10(population) : Number.NaN);

/** Municipalities of similar size: 1 for equal populations, 0 from a factor of 100 apart or unknown. */
function sizeSimilarity(logA: number, logB: number) {
  return logA === logA && logB === logB ? Math.max(0, 1 - Math.abs(logA - logB) / 2) : 0;
}

/** The balance criterion, already weighted: mentors with more free places first. */
function balanceTerm(weights: Weights, mentor: MatchMentor) {
  return weights.balance * (mentor.capacity > 0 ? (mentor.capacity - mentor.committed) / mentor.capacity : 0);
}

/**
 * scoreValue × 100 for every pair (row-major, applications × mentors), NaN where a hard rule
 * forbids the pair: the same numbers as calling hardRuleProblem and scoreValue on each pair, in
 * the same floating-point order, but with each side's part worked out once (which mentors hold
 * each topic, comarques and areas as numbers, logarithms of the populations), so that "suggest
 * all" scores 400,000 pairs in a few tens of milliseconds.
 */
export function scoreMatrix(
  apps: MatchApplication[],
  mentors: MatchMentor[],
  weights: Weights,
  rules: HardRules,
): Float64Array {
  const places = new Map<string, number>();
  const placeOf = (name: string) => {
    let id = places.get(name);
    if (id === undefined) places.set(name, (id = places.size));
    return id;
  };
  const comarcaOf = (name: string | null) => (name ? placeOf(`c:${comarcaKey(name)}`) : -1);
  const areaIdOf = (name: string | null) => {
    const area = areaOf(name);
    return area === null ? -1 : placeOf(`a:${area}`);
  };
  const holders = new Map<string, number[]>();
  mentors.forEach((m, j) => {
    for (const topicId of new Set(m.topicIds)) holders.set(topicId, [...(holders.get(topicId) ?? []), j]);
  });
  const mentor: MentorColumns = {
    municipality: Int32Array.from(mentors, (m) => (m.municipalityId ? placeOf(`m:${m.municipalityId}`) : -2)),
    comarca: Int32Array.from(mentors, (m) => comarcaOf(m.comarca)),
    area: Int32Array.from(mentors, (m) => areaIdOf(m.comarca)),
    log: Float64Array.from(mentors, (m) => logOf(m.population)),
    full: Uint8Array.from(mentors, (m) => (m.committed >= m.capacity ? 1 : 0)),
    balanceTerm: Float64Array.from(mentors, (m) => balanceTerm(weights, m)),
  };
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
  const cols = mentors.length;
  const row: AppRow = {
    shared: new Float64Array(cols),
    preferred: new Float64Array(cols),
    needWeight: 0,
    municipality: 0,
    sameAllowed: false,
    comarca: -1,
    area: -1,
    log: Number.NaN,
  };
  const result = new Float64Array(apps.length * cols);
  apps.forEach((app, i) => {
    row.shared.fill(0);
    row.needWeight = 0;
    for (const need of app.needs) {
      const w = PRIORITY_WEIGHT[need.priority];
      row.needWeight += w;
      for (const j of holders.get(need.topicId) ?? []) row.shared[j] += w;
    }
    row.preferred.fill(0);
    for (let rank = app.preferredMentorIds.length - 1; rank >= 0; rank--) {
      const j = mentorIndex.get(app.preferredMentorIds[rank]);
      if (j !== undefined) row.preferred[j] = 1 - rank * 0.2;
    }
    row.municipality = placeOf(`m:${app.municipalityId}`);
    row.sameAllowed = rules.sameMunicipalityAllowed?.has(app.id) ?? false;
    row.comarca = comarcaOf(app.comarca);
    row.area = areaIdOf(app.comarca);
    row.log = logOf(app.population);
    scoreRow(result.subarray(i * cols, (i + 1) * cols), mentor, row, weights);
  });
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  for (const key of rules.declined) {
    const [appId, mentorId] = key.split(":");
    const i = appIndex.get(appId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined) result[i * cols + j] = Number.NaN;
  }
  return result;
}

type MentorColumns = {
  municipality: Int32Array;
  comarca: Int32Array;
  area: Int32Array;
  log: Float64Array;
  full: Uint8Array;
  balanceTerm: Float64Array;
};
type AppRow = {
  /** Per mentor: the weight of this application's needs that the mentor's topics cover. */
  shared: Float64Array;
  preferred: Float64Array;
  needWeight: number;
  municipality: number;
  sameAllowed: boolean;
  comarca: number;
  area: number;
  log: number;
};

/** One application's row of scoreMatrix: the hot loop, kept small so that it is optimised at once. */
function scoreRow(out: Float64Array, mentor: MentorColumns, app: AppRow, weights: Weights) {
  const total = weightTotal(weights);
  const { shared, preferred, needWeight, comarca, area, log } = app;
  for (let j = 0; j < out.length; j++) {
    if (mentor.full[j] || (!app.sameAllowed && mentor.municipality[j] === app.municipality)) {
      out[j] = Number.NaN;
      continue;
    }
    const topics = needWeight ? shared[j] / needWeight : 0;
    const mc = mentor.comarca[j];
    const near = comarca < 0 || mc < 0 ? 0 : comarca === mc ? 1 : area >= 0 && area === mentor.area[j] ? 0.6 : 0;
    const ml = mentor.log[j];
    const size = sizeSimilarity(log, ml);
    out[j] = Math.round(combine(weights, total, topics, preferred[j], near, size, mentor.balanceTerm[j]) * 100);
  }
}

export function weightTotal(weights: Weights) {
  return weights.topics + weights.preferred + weights.proximity + weights.size + weights.balance || 1;
}

/**
 * A pair's score (0–100, two decimals) with its reasons. The components, each 0–1,
 * are weighted by the edition's weights, whose sum is the maximum score.
 */
export function scorePair(app: MatchApplication, mentor: MatchMentor, weights: Weights): PairScore {
  const reasons: Reason[] = [];
  const shared = app.needs.filter((n) => mentor.topicIds.includes(n.topicId));
  reasons.push(
    shared.length
      ? { key: "shared", topics: shared.map((n) => ({ name: n.topicName, priority: n.priority })) }
      : { key: "noShared" },
  );
  const rank = app.preferredMentorIds.indexOf(mentor.id);
  if (rank >= 0) reasons.push({ key: "preferred", rank: rank + 1 });
  const near = proximity(app.comarca, mentor.comarca);
  if (near === 1) reasons.push({ key: "sameComarca", comarca: app.comarca ?? "" });
  else if (near > 0) reasons.push({ key: "nearComarca", app: app.comarca ?? "", mentor: mentor.comarca ?? "" });
  else if (app.comarca && mentor.comarca) reasons.push({ key: "far", app: app.comarca, mentor: mentor.comarca });
  if (
    app.population &&
    mentor.population &&
    Math.abs(Math.log10(app.population) - Math.log10(mentor.population)) <= 0.5
  ) {
    reasons.push({ key: "similarSize" });
  }
  const free = mentor.capacity - mentor.committed;
  reasons.push({ key: "places", free, capacity: mentor.capacity });
  return { mentorId: mentor.id, score: scoreValue(app, mentor, weights), reasons };
}

/**
 * The mentors that can be proposed for an application, best first (ties by name). Every pair is
 * scored, but only the `limit` best get their reasons in words (a board may hold 1,000
 * applications × 400 mentors).
 */
export function rankMentors(
  app: MatchApplication,
  mentors: MatchMentor[],
  weights: Weights,
  rules: HardRules,
  limit = Infinity,
): PairScore[] {
  return rankRow(app, scoreMatrix([app], mentors, weights, rules), mentors, weights, limit);
}

/**
 * rankMentors from the application's row of a scoreMatrix already computed (hundredths, NaN
 * where a hard rule forbids the pair), as "suggest all" has for every application.
 */
export function rankRow(
  app: MatchApplication,
  row: Float64Array,
  mentors: MatchMentor[],
  weights: Weights,
  limit = Infinity,
): PairScore[] {
  const allowed: number[] = [];
  for (let j = 0; j < mentors.length; j++) if (!Number.isNaN(row[j])) allowed.push(j);
  return allowed
    .sort((a, b) => row[b] - row[a] || compareCatalan(mentors[a].name, mentors[b].name))
    .slice(0, limit)
    .map((j) => scorePair(app, mentors[j], weights));
}
