import "server-only";
export const MENTORSHIP_STATUS_LABELS = {
  AGREEING: "Cal pactar l'acord",
  ACTIVE: "En curs",
  CLOSING: "Tancament",
  COMPLETED: "Completat",
  CANCELLED: "Finalitzat abans d'hora",
} as const;

export const MEETING_STATUS_LABELS = { PLANNED: "Prevista", HELD: "Feta", CANCELLED: "Anul·lada" } as const;
export const EXTENSION_STATUS_LABELS = {
  PENDING: "Pendent de resposta",
  ACCEPTED: "Acceptada",
  DECLINED: "No acceptada",
  WITHDRAWN: "Retirada",
} as const;
export const FITXA_STATUS_LABELS = {
  DRAFT: "Esborrany",
  SUBMITTED: "Enviada a revisió",
  CHANGES_REQUESTED: "Cal fer canvis",
  PUBLISHED: "Publicada",
} as const;
