// npm run bench:matching — 1,000 applications × 400 mentors with capacities 1–3: prints the
// time "suggest all" takes and the objective it reaches. Deterministic data (fixed seed).
import { performance } from "node:perf_hooks";
import type { MatchApplication, MatchMentor } from "@/lib/matching/score";
import { suggestAssignment } from "@/lib/matching/suggest";
import { DEFAULT_WEIGHTS } from "@/lib/matching/weights";

const COMARQUES = [
  "Barcelonès",
  "Baix Llobregat",
  "Maresme",
  "Vallès Occidental",
  "Vallès Oriental",
  "Alt Penedès",
  "Baix Penedès",
  "Garraf",
  "Anoia",
  "Bages",
  "Berguedà",
  "Osona",
  "Moianès",
  "Solsonès",
  "Alt Empordà",
  "Baix Empordà",
  "Garrotxa",
  "Gironès",
  "Pla de l'Estany",
  "Ripollès",
  "Selva",
  "Alt Camp",
  "Baix Camp",
  "Conca de Barberà",
  "Priorat",
  "Tarragonès",
  "Baix Ebre",
  "Montsià",
  "Ribera d'Ebre",
  "Terra Alta",
  "Garrigues",
  "Noguera",
  "Pla d'Urgell",
  "Segarra",
  "Segrià",
  "Urgell",
  "Alt Urgell",
  "Alta Ribagorça",
  "Cerdanya",
  "Pallars Jussà",
  "Pallars Sobirà",
  "Aran",
];
const TOPICS = Array.from({ length: 14 }, (_, i) => `topic-${i}`);
const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;

let seed = 20261128;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

const municipalities = Array.from({ length: 947 }, (_, i) => ({
  id: `municipality-${i}`,
  comarca: pick(COMARQUES),
  population: Math.round(10 ** (2.5 + random() * 3.5)),
}));

const mentors: MatchMentor[] = Array.from({ length: 400 }, (_, j) => {
  const m = pick(municipalities);
  return {
    id: `mentor-${j}`,
    name: `Mentor ${j}`,
    municipalityId: m.id,
    comarca: m.comarca,
    population: m.population,
    topicIds: TOPICS.filter(() => random() < 0.3),
    capacity: 1 + Math.floor(random() * 3),
    committed: 0,
  };
});

const applications: MatchApplication[] = Array.from({ length: 1000 }, (_, i) => {
  const m = pick(municipalities);
  const needs = TOPICS.filter(() => random() < 0.2).slice(0, 5);
  return {
    id: `application-${i}`,
    municipalityId: m.id,
    comarca: m.comarca,
    population: m.population,
    needs: (needs.length ? needs : [pick(TOPICS)]).map((topicId) => ({
      topicId,
      topicName: topicId,
      priority: pick(PRIORITIES),
    })),
    preferredMentorIds: Array.from({ length: Math.floor(random() * 4) }, () => pick(mentors).id),
  };
});
const declined = new Set(Array.from({ length: 300 }, () => `${pick(applications).id}:${pick(mentors).id}`));

const start = performance.now();
const result = suggestAssignment(applications, mentors, DEFAULT_WEIGHTS, { declined });
const ms = performance.now() - start;
const capacity = mentors.reduce((n, m) => n + m.capacity, 0);

console.log(`Applications: ${applications.length} · mentors: ${mentors.length} (capacities 1–3, ${capacity} places)`);
console.log(`Suggest all: ${ms.toFixed(0)} ms`);
console.log(
  `Objective: ${result.objective.matched} pairs, total score ${result.objective.totalScore.toFixed(2)} (mean ${(result.objective.totalScore / Math.max(1, result.objective.matched)).toFixed(2)} / 100)`,
);
if (ms > 1000) {
  console.error("Slower than the 1-second budget.");
  process.exitCode = 1;
}
