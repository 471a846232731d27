import { maxWeightAssignment, maxWeightTransport } from "@/lib/matching/assignment";
import { proximity } from "@/lib/matching/geography";
import {
  hardRuleProblem,
  pairKey,
  rankMentors,
  scoreMatrix,
  scorePair,
  scoreValue,
  type HardRules,
  type MatchApplication,
  type MatchMentor,
} from "@/lib/matching/score";
import { suggestAssignment } from "@/lib/matching/suggest";
import { reasonText } from "@/lib/matching/reason-text";
import type { Translator } from "@/lib/i18n/translator";
import { createTranslator } from "next-intl";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";
import { DEFAULT_WEIGHTS } from "@/lib/matching/weights";

// A small deterministic generator, so a failure can be replayed from its seed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COMARQUES = ["Bages", "Osona", "Barcelonès", "Vallès Occidental", "Garrotxa", "Segrià"];
const TOPICS = ["t1", "t2", "t3", "t4", "t5"];
const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;

function instance(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const municipalities = ["m1", "m2", "m3", "m4"];
  const mentors: MatchMentor[] = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, j) => {
    const capacity = 1 + Math.floor(r() * 2);
    return {
      id: `mentor${j}`,
      name: `Mentora ${j}`,
      municipalityId: pick(municipalities),
      comarca: pick(COMARQUES),
      population: Math.floor(5_000 + r() * 200_000),
      topicIds: TOPICS.filter(() => r() < 0.4),
      capacity,
      committed: r() < 0.2 ? capacity : 0,
    };
  });
  const apps: MatchApplication[] = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => ({
    id: `app${i}`,
    municipalityId: pick(municipalities),
    comarca: pick(COMARQUES),
    population: Math.floor(2_000 + r() * 60_000),
    needs: TOPICS.filter(() => r() < 0.4).map((topicId) => ({
      topicId,
      topicName: topicId,
      priority: pick(PRIORITIES),
    })),
    preferredMentorIds: mentors.filter(() => r() < 0.3).map((m) => m.id),
  }));
  const declined = new Set<string>();
  for (const app of apps) for (const mentor of mentors) if (r() < 0.15) declined.add(pairKey(app.id, mentor.id));
  return { apps, mentors, rules: { declined } satisfies HardRules };
}

/** Every feasible assignment, keeping the best (most pairs, then highest total). */
function bruteForce(apps: MatchApplication[], mentors: MatchMentor[], rules: HardRules) {
  const score = (a: MatchApplication, m: MatchMentor) => Math.round(scoreValue(a, m, DEFAULT_WEIGHTS) * 100);
  let best = { matched: 0, total: 0 };
  const used = mentors.map((m) => m.committed);
  const walk = (i: number, matched: number, total: number) => {
    if (i === apps.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
      return;
    }
    walk(i + 1, matched, total);
    mentors.forEach((mentor, j) => {
      if (used[j] >= mentor.capacity || hardRuleProblem(apps[i], { ...mentor, committed: 0 }, rules) !== null) return;
      used[j]++;
      walk(i + 1, matched + 1, total + score(apps[i], mentor));
      used[j]--;
    });
  };
  walk(0, 0, 0);
  return { matched: best.matched, totalScore: best.total / 100 };
}

describe("suggestAssignment", () => {
  it("equals a brute-force optimum on 300 small random instances and never breaks a hard rule", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { apps, mentors, rules } = instance(seed);
      const result = suggestAssignment(apps, mentors, DEFAULT_WEIGHTS, rules);
      const expected = bruteForce(apps, mentors, rules);
      expect({ seed, ...result.objective, totalScore: Math.round(result.objective.totalScore * 100) }).toEqual({
        seed,
        matched: expected.matched,
        totalScore: Math.round(expected.totalScore * 100),
      });
      const load = new Map<string, number>();
      for (const pair of result.pairs) {
        const app = apps.find((a) => a.id === pair.applicationId)!;
        const mentor = mentors.find((m) => m.id === pair.mentorId)!;
        expect(rules.declined.has(pairKey(app.id, mentor.id))).toBe(false);
        expect(mentor.municipalityId).not.toBe(app.municipalityId);
        load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
      }
      for (const mentor of mentors)
        expect((load.get(mentor.id) ?? 0) + mentor.committed).toBeLessThanOrEqual(mentor.capacity);
      expect(new Set(result.pairs.map((p) => p.applicationId)).size).toBe(result.pairs.length);
    }
  });

  it("prefers matching more applications over a higher score for fewer", () => {
    const mentors: MatchMentor[] = [
      {
        id: "a",
        name: "A",
        municipalityId: "x",
        comarca: "Bages",
        population: 10_000,
        topicIds: ["t1"],
        capacity: 1,
        committed: 0,
      },
      {
        id: "b",
        name: "B",
        municipalityId: "y",
        comarca: "Segrià",
        population: 10_000,
        topicIds: [],
        capacity: 1,
        committed: 0,
      },
    ];
    const apps: MatchApplication[] = [
      {
        id: "1",
        municipalityId: "z",
        comarca: "Bages",
        population: 10_000,
        needs: [{ topicId: "t1", topicName: "t1", priority: "HIGH" }],
        preferredMentorIds: ["a"],
      },
      {
        id: "2",
        municipalityId: "z",
        comarca: "Bages",
        population: 10_000,
        needs: [{ topicId: "t1", topicName: "t1", priority: "HIGH" }],
        preferredMentorIds: [],
      },
    ];
    const rules = { declined: new Set([pairKey("2", "b")]) };
    const result = suggestAssignment(apps, mentors, DEFAULT_WEIGHTS, rules);
    expect(result.objective.matched).toBe(2);
    expect(result.pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ applicationId: "2", mentorId: "a" }),
        expect.objectContaining({ applicationId: "1", mentorId: "b" }),
      ]),
    );
  });

  it("handles no mentors, no capacity left and no applications", () => {
    const { apps, mentors } = instance(7);
    expect(suggestAssignment(apps, [], DEFAULT_WEIGHTS, { declined: new Set() }).pairs).toEqual([]);
    const full = mentors.map((m) => ({ ...m, committed: m.capacity }));
    expect(suggestAssignment(apps, full, DEFAULT_WEIGHTS, { declined: new Set() }).objective).toEqual({
      matched: 0,
      totalScore: 0,
    });
    expect(suggestAssignment([], mentors, DEFAULT_WEIGHTS, { declined: new Set() }).pairs).toEqual([]);
  });

  it("with ties, still gives an optimal assignment", () => {
    const mentor = (id: string): MatchMentor => ({
      id,
      name: id,
      municipalityId: id,
      comarca: null,
      population: null,
      topicIds: [],
      capacity: 1,
      committed: 0,
    });
    const app = (id: string): MatchApplication => ({
      id,
      municipalityId: "z",
      comarca: null,
      population: null,
      needs: [],
      preferredMentorIds: [],
    });
    const result = suggestAssignment([app("1"), app("2"), app("3")], [mentor("a"), mentor("b")], DEFAULT_WEIGHTS, {
      declined: new Set(),
    });
    expect(result.objective.matched).toBe(2);
    expect(new Set(result.pairs.map((p) => p.mentorId))).toEqual(new Set(["a", "b"]));
  });

  it("allows a mentor of the same municipality only when the secretariat says so", () => {
    const mentors: MatchMentor[] = [
      {
        id: "a",
        name: "A",
        municipalityId: "same",
        comarca: null,
        population: null,
        topicIds: [],
        capacity: 1,
        committed: 0,
      },
    ];
    const apps: MatchApplication[] = [
      { id: "1", municipalityId: "same", comarca: null, population: null, needs: [], preferredMentorIds: [] },
    ];
    expect(suggestAssignment(apps, mentors, DEFAULT_WEIGHTS, { declined: new Set() }).pairs).toEqual([]);
    expect(
      suggestAssignment(apps, mentors, DEFAULT_WEIGHTS, {
        declined: new Set(),
        sameMunicipalityAllowed: new Set(["1"]),
      }).pairs,
    ).toHaveLength(1);
  });
});

describe("scores and reasons", () => {
  const mentor: MatchMentor = {
    id: "a",
    name: "Marta",
    municipalityId: "s",
    comarca: "Vallès Occidental",
    population: 220_000,
    topicIds: ["coop", "fin"],
    capacity: 3,
    committed: 1,
  };
  const app: MatchApplication = {
    id: "1",
    municipalityId: "o",
    comarca: "Vallès Oriental",
    population: 60_000,
    needs: [
      { topicId: "coop", topicName: "Cooperativisme", priority: "HIGH" },
      { topicId: "hab", topicName: "Habitatge cooperatiu", priority: "LOW" },
    ],
    preferredMentorIds: ["a"],
  };

  it("weights shared topics by the mentee's priorities and says why in words", () => {
    const { score, reasons } = scorePair(app, mentor, DEFAULT_WEIGHTS);
    const words = (messages: Record<string, unknown>) =>
      reasons.map((reason) =>
        reasonText(
          reason,
          createTranslator({ locale: "ca", messages, namespace: "adminMatching.reason" }) as Translator,
          createTranslator({ locale: "ca", messages, namespace: "labels.priority" }) as Translator,
        ),
      );
    expect(words(ca)).toEqual([
      "Comparteixen l'àmbit: Cooperativisme (prioritat alta).",
      "És la 1a persona mentora preferida de la sol·licitud.",
      "Són de comarques de la mateixa àrea (Vallès Oriental i Vallès Occidental).",
      "Li queden 2 places de 3.",
    ]);
    expect(words(es)).toEqual([
      "Comparten el ámbito: Cooperativisme (prioridad alta).",
      "Es la 1.ª persona mentora preferida de la solicitud.",
      "Son de comarcas de la misma área (Vallès Oriental y Vallès Occidental).",
      "Le quedan 2 plazas de 3.",
    ]);
    // topics 3/4 of 50, preferred 20, proximity 0.6 of 15, size ~0.72 of 10, balance 2/3 of 5
    expect(score).toBeCloseTo(
      37.5 + 20 + 9 + 10 * (1 - Math.abs(Math.log10(60_000) - Math.log10(220_000)) / 2) + 5 * (2 / 3),
      1,
    );
  });

  it("ranks only the mentors the hard rules allow, best first", () => {
    const other: MatchMentor = { ...mentor, id: "b", name: "Pere", topicIds: [], comarca: "Segrià" };
    const same: MatchMentor = { ...mentor, id: "c", name: "Clara", municipalityId: "o" };
    const full: MatchMentor = { ...mentor, id: "d", name: "Dolors", committed: 3 };
    const ranked = rankMentors(app, [other, same, full, mentor], DEFAULT_WEIGHTS, { declined: new Set() });
    expect(ranked.map((r) => r.mentorId)).toEqual(["a", "b"]);
  });

  it("scores every pair of a matrix as scoreValue does one pair, and ranks as one pair at a time would", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { apps, mentors, rules } = instance(seed);
      const matrix = scoreMatrix(apps, mentors, DEFAULT_WEIGHTS, rules);
      apps.forEach((a, i) => {
        const allowed = mentors.filter((m) => hardRuleProblem(a, m, rules) === null);
        mentors.forEach((m, j) => {
          const expected = allowed.includes(m) ? Math.round(scoreValue(a, m, DEFAULT_WEIGHTS) * 100) : NaN;
          expect(matrix[i * mentors.length + j]).toBe(expected);
        });
        const oneByOne = allowed
          .map((m) => ({ id: m.id, name: m.name, score: scoreValue(a, m, DEFAULT_WEIGHTS) }))
          .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, "ca"))
          .map((m) => m.id);
        expect(rankMentors(a, mentors, DEFAULT_WEIGHTS, rules).map((r) => r.mentorId)).toEqual(oneByOne);
      });
    }
  });

  it("knows near from far", () => {
    expect(proximity("Bages", "Bages")).toBe(1);
    expect(proximity("Bages", "Osona")).toBe(0.6);
    expect(proximity("Bages", "Segrià")).toBe(0);
    expect(proximity(null, "Segrià")).toBe(0);
  });
});

describe("maxWeightAssignment", () => {
  it("solves a small matrix exactly, in both orientations", () => {
    const w = new Float64Array([9, 2, 7, 6, 4, 3, 5, 8, 1]);
    // the best of the six permutations is 7 + 6 + 8 = 21
    expect(Array.from(maxWeightAssignment(3, 3, w))).toEqual([2, 0, 1]);
    const wide = maxWeightAssignment(2, 3, new Float64Array([1, 5, 2, 4, 6, 3]));
    expect(Array.from(wide)).toEqual([1, 0]);
    const tall = maxWeightAssignment(3, 2, new Float64Array([1, 4, 5, 6, 2, 3]));
    expect(Array.from(tall)).toEqual([1, 0, -1]);
  });

  it("leaves a row unassigned rather than use a forbidden pair", () => {
    expect(Array.from(maxWeightAssignment(2, 1, new Float64Array([NaN, 3])))).toEqual([-1, 0]);
    expect(Array.from(maxWeightAssignment(1, 1, new Float64Array([NaN])))).toEqual([-1]);
  });
});

/**
 * The textbook Hungarian method (shortest augmenting paths with potentials, e-maxx's form) on
 * a dense matrix with every place as its own column: slow, simple, the reference for
 * maxWeightTransport's warm start, capacities and tie rules.
 */
function hungarianReference(rows: number, cols: number, weight: Float64Array): Int32Array {
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const at = transpose
    ? (i: number, j: number) => weight[j * cols + i]
    : (i: number, j: number) => weight[i * cols + j];

  // Costs to minimise: allowed pairs cost (maxW - w) ≥ 0; forbidden ones cost more than any
  // set of allowed pairs, so a forbidden pair is used only when nothing else is left.
  let maxW = 0;
  for (let k = 0; k < weight.length; k++) if (!Number.isNaN(weight[k]) && weight[k] > maxW) maxW = weight[k];
  const forbidden = (maxW + 1) * (n + 1) + 1;
  const cost = new Float64Array((n + 1) * (m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const w = at(i - 1, j - 1);
      cost[i * (m + 1) + j] = Number.isNaN(w) ? forbidden : maxW - w;
    }
  }

  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row assigned to column j (0 = none)
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const rowBase = i0 * (m + 1);
      const ui0 = u[i0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[rowBase + j] - ui0 - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }

  // result[row] = column, or -1 when unassigned or only a forbidden pair was left
  const result = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= m; j++) {
    const i = p[j];
    if (!i) continue;
    const [row, col] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if (!Number.isNaN(weight[row * cols + col])) result[row] = col;
  }
  return result;
}

describe("maxWeightTransport", () => {
  it("reaches the reference optimum on 400 random problems with capacities, ties and forbidden pairs", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed);
      const rows = 1 + Math.floor(r() * 30);
      const cols = 1 + Math.floor(r() * 12);
      const capacity = Array.from({ length: cols }, () => Math.floor(r() * 4));
      const weight = Float64Array.from({ length: rows * cols }, () => (r() < 0.2 ? NaN : Math.floor(r() * 8) * 25));
      const pairs = maxWeightTransport(rows, cols, weight, new Uint8Array(rows).fill(1), capacity);

      const slots = capacity.flatMap((c, col) => Array.from({ length: c }, () => col));
      const expanded = Float64Array.from(
        { length: rows * slots.length },
        (_, k) => weight[Math.floor(k / slots.length) * cols + slots[k % slots.length]],
      );
      const reference = Array.from(slots.length ? hungarianReference(rows, slots.length, expanded) : []).filter(
        (s) => s >= 0,
      );
      const total = (list: [number, number][]) => list.reduce((sum, [row, col]) => sum + weight[row * cols + col], 0);
      expect({ seed, matched: pairs.length, total: total(pairs) }).toEqual({
        seed,
        matched: reference.length,
        total: Array.from(slots.length ? hungarianReference(rows, slots.length, expanded) : [])
          .map((slot, row) => (slot < 0 ? 0 : weight[row * cols + slots[slot]]))
          .reduce((a, b) => a + b, 0),
      });
      const load = new Array(cols).fill(0);
      for (const [row, col] of pairs) {
        expect(Number.isNaN(weight[row * cols + col])).toBe(false);
        load[col]++;
      }
      load.forEach((n, col) => expect(n).toBeLessThanOrEqual(capacity[col]));
      expect(new Set(pairs.map(([row]) => row)).size).toBe(pairs.length);
    }
  });
});
