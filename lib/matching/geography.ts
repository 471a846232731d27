import "server-only";
// Catalonia's territorial planning areas (àmbits territorials), to tell near from far: the
// programme asks for at least two in-person meetings, so distance matters.
const AREAS: Record<string, string[]> = {
  Metropolità: ["Barcelonès", "Baix Llobregat", "Maresme", "Vallès Occidental", "Vallès Oriental"],
  Penedès: ["Alt Penedès", "Baix Penedès", "Garraf", "Anoia"],
  "Comarques Centrals": ["Bages", "Berguedà", "Osona", "Moianès", "Solsonès", "Lluçanès"],
  "Comarques Gironines": ["Alt Empordà", "Baix Empordà", "Garrotxa", "Gironès", "Pla de l'Estany", "Ripollès", "Selva"],
  "Camp de Tarragona": ["Alt Camp", "Baix Camp", "Conca de Barberà", "Priorat", "Tarragonès"],
  "Terres de l'Ebre": ["Baix Ebre", "Montsià", "Ribera d'Ebre", "Terra Alta"],
  Ponent: ["Garrigues", "Noguera", "Pla d'Urgell", "Segarra", "Segrià", "Urgell"],
  "Alt Pirineu i Aran": [
    "Alt Urgell",
    "Alta Ribagorça",
    "Cerdanya",
    "Pallars Jussà",
    "Pallars Sobirà",
    "Aran",
    "Val d'Aran",
  ],
};

const normalised = new Map<string, string>();
// Called for every pair of an edition: remember each name's normal form.
export function comarcaKey(name: string): string {
  let value = normalised.get(name);
  if (value === undefined) {
    value = name.trim().toLowerCase().replace(/’/g, "'");
    normalised.set(name, value);
  }
  return value;
}

const AREA_OF: Map<string, string> = new Map(
  Object.entries(AREAS).flatMap(([area, comarques]) => comarques.map((c) => [comarcaKey(c), area] as const)),
);

export function areaOf(comarca: string | null | undefined): string | null {
  return comarca ? (AREA_OF.get(comarcaKey(comarca)) ?? null) : null;
}

/** 1 for the same comarca, 0.6 for the same territorial area, 0 otherwise or when unknown. */
export function proximity(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return 0;
  if (comarcaKey(a) === comarcaKey(b)) return 1;
  const areaA = areaOf(a);
  return areaA !== null && areaA === areaOf(b) ? 0.6 : 0;
}
