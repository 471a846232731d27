// Every page route of the app with the person who opens it, shared by the query-count test
// (__tests__/e2e/query-counts.test.ts) and `npm run bench`. Routes whose record is not known
// (an id missing from RouteIds) are left out by the callers.

export type Role = "anonymous" | "secretariat" | "mentor" | "mentee";

export type RouteIds = {
  edition: string;
  mentorship: string;
  application: string;
  offer: string;
  email: string;
  municipality: string;
  person: string;
  proposal?: string;
  fitxa?: string;
  communication?: string;
};

/** Every page route of the app, with the records and the person that open it. */
export function pageRoutes(ids: RouteIds): Record<string, { path: string; role: Role }> {
  return Object.fromEntries(Object.entries(allRoutes(ids)).filter(([, route]) => !route.path.includes("undefined")));
}

const allRoutes = (ids: RouteIds): Record<string, { path: string; role: Role }> => ({
  "/[locale]": { path: "/ca", role: "anonymous" },
  "/[locale]/entrar": { path: "/ca/entrar", role: "anonymous" },
  "/[locale]/entrar/confirmar": { path: "/ca/entrar/confirmar", role: "anonymous" },
  "/[locale]/entrar/error": { path: "/ca/entrar/error", role: "anonymous" },
  "/[locale]/registre": { path: "/ca/registre", role: "anonymous" },
  "/[locale]/privacitat": { path: "/ca/privacitat", role: "anonymous" },
  "/[locale]/baixa": { path: "/ca/baixa", role: "anonymous" },
  "/[locale]/fitxes": { path: "/ca/fitxes", role: "anonymous" },
  "/[locale]/fitxes/[id]": { path: `/ca/fitxes/${ids.fitxa}`, role: "anonymous" },
  "/[locale]/[...rest]": { path: "/ca/no-existeix", role: "anonymous" },
  "/[locale]/inici": { path: "/ca/inici", role: "mentee" },
  "/[locale]/sollicitud": { path: "/ca/sollicitud", role: "mentee" },
  "/[locale]/perfil": { path: "/ca/perfil", role: "mentee" },
  "/[locale]/disponibilitat": { path: "/ca/disponibilitat", role: "mentor" },
  "/[locale]/propostes": { path: "/ca/propostes", role: "mentor" },
  "/[locale]/propostes/[id]": { path: `/ca/propostes/${ids.proposal}`, role: "mentor" },
  "/[locale]/acompanyaments/[id]": { path: `/ca/acompanyaments/${ids.mentorship}`, role: "mentor" },
  "/[locale]/acompanyaments/[id]/fitxa": { path: `/ca/acompanyaments/${ids.mentorship}/fitxa`, role: "mentor" },
  "/[locale]/secretaria": { path: "/ca/secretaria", role: "secretariat" },
  "/[locale]/secretaria/acompanyaments": { path: "/ca/secretaria/acompanyaments", role: "secretariat" },
  "/[locale]/secretaria/ambits": { path: "/ca/secretaria/ambits", role: "secretariat" },
  "/[locale]/secretaria/comunicacions": { path: "/ca/secretaria/comunicacions", role: "secretariat" },
  "/[locale]/secretaria/comunicacions/[id]": {
    path: `/ca/secretaria/comunicacions/${ids.communication}`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories": { path: "/ca/secretaria/convocatories", role: "secretariat" },
  "/[locale]/secretaria/convocatories/nova": { path: "/ca/secretaria/convocatories/nova", role: "secretariat" },
  "/[locale]/secretaria/convocatories/[id]": {
    path: `/ca/secretaria/convocatories/${ids.edition}`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/edita": {
    path: `/ca/secretaria/convocatories/${ids.edition}/edita`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/fase": {
    path: `/ca/secretaria/convocatories/${ids.edition}/fase`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/informe": {
    path: `/ca/secretaria/convocatories/${ids.edition}/informe`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/exportacions": {
    path: `/ca/secretaria/convocatories/${ids.edition}/exportacions`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/recordatoris": {
    path: `/ca/secretaria/convocatories/${ids.edition}/recordatoris`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/matching": {
    path: `/ca/secretaria/convocatories/${ids.edition}/matching`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/sollicituds": {
    path: `/ca/secretaria/convocatories/${ids.edition}/sollicituds`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/sollicituds/[applicationId]": {
    path: `/ca/secretaria/convocatories/${ids.edition}/sollicituds/${ids.application}`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/disponibilitats": {
    path: `/ca/secretaria/convocatories/${ids.edition}/disponibilitats`,
    role: "secretariat",
  },
  "/[locale]/secretaria/convocatories/[id]/disponibilitats/[offerId]": {
    path: `/ca/secretaria/convocatories/${ids.edition}/disponibilitats/${ids.offer}`,
    role: "secretariat",
  },
  "/[locale]/secretaria/correus": { path: "/ca/secretaria/correus", role: "secretariat" },
  "/[locale]/secretaria/correus/[id]": { path: `/ca/secretaria/correus/${ids.email}`, role: "secretariat" },
  "/[locale]/secretaria/fitxes": { path: "/ca/secretaria/fitxes", role: "secretariat" },
  "/[locale]/secretaria/fitxes/[id]": { path: `/ca/secretaria/fitxes/${ids.fitxa}`, role: "secretariat" },
  "/[locale]/secretaria/municipis": { path: "/ca/secretaria/municipis", role: "secretariat" },
  "/[locale]/secretaria/municipis/nou": { path: "/ca/secretaria/municipis/nou", role: "secretariat" },
  "/[locale]/secretaria/municipis/importa": { path: "/ca/secretaria/municipis/importa", role: "secretariat" },
  "/[locale]/secretaria/municipis/[id]": { path: `/ca/secretaria/municipis/${ids.municipality}`, role: "secretariat" },
  "/[locale]/secretaria/persones": { path: "/ca/secretaria/persones", role: "secretariat" },
  "/[locale]/secretaria/persones/convida": { path: "/ca/secretaria/persones/convida", role: "secretariat" },
  "/[locale]/secretaria/persones/[id]": { path: `/ca/secretaria/persones/${ids.person}`, role: "secretariat" },
  "/[locale]/secretaria/registre": { path: "/ca/secretaria/registre", role: "secretariat" },
  "/dev/mailbox": { path: "/dev/mailbox", role: "anonymous" },
});
