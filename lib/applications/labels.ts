import "server-only";
// Catalan labels of the application and offer enums, shared by pages and exports.
export const APPLICATION_STATUS_LABELS = { DRAFT: "Esborrany", SUBMITTED: "Enviada", WITHDRAWN: "Retirada" } as const;
export const OFFER_STATUS_LABELS = { ACTIVE: "Activa", WITHDRAWN: "Retirada" } as const;
export const PRIORITY_LABELS = { HIGH: "Alta", MEDIUM: "Mitjana", LOW: "Baixa" } as const;
export const FORMAT_LABELS = { IN_PERSON: "Presencial", ONLINE: "En línia", MIXED: "Mixt" } as const;
export const POLICY_STAGE_LABELS = {
  NONE: "Encara no hi ha cap actuació",
  EMERGING: "Hi ha actuacions puntuals",
  DEVELOPING: "Hi ha una línia de treball que volen consolidar",
} as const;
