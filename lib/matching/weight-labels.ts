// The matching criteria in words: plain data for the board (in the browser, without zod).
/** The keys of the criteria (lib/matching/weights.ts). */
type Weights = Record<"topics" | "preferred" | "proximity" | "size" | "balance", number>;

export const WEIGHT_LABELS: Record<keyof Weights, string> = {
  topics: "Àmbits compartits (segons la prioritat de cada necessitat)",
  preferred: "Persones mentores preferides per la persona sol·licitant",
  proximity: "Proximitat (les trobades són presencials)",
  size: "Municipis de mida semblant",
  balance: "Repartiment de la càrrega (places lliures)",
};
