import "server-only";
export const EMAIL_STATUS_LABELS = {
  PENDING: "Pendent",
  SENDING: "S'està enviant",
  SENT: "Enviat",
  FAILED: "No s'ha pogut enviar",
  EXPIRED: "Caducat sense enviar",
} as const;
