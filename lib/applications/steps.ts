// The application form's commitments and steps: plain data shared by the form (in the browser,
// without zod) and the schema.

export const COMMITMENTS = [
  ["deadlines", "Faig la sol·licitud en el termini establert i m'ajustaré als terminis proposats del projecte."],
  ["availability", "Tinc disponibilitat i em comprometo a realitzar l'acompanyament."],
  ["personal", "Hi participo a títol individual: seré sempre jo qui participi en les activitats de mentoria."],
  ["requirements", "Faré com a mínim dues trobades presencials, i la mentoria durarà com a màxim un any, llevat que les dues parts acordin explícitament una ampliació."],
  ["communicate", "Comunicaré a la secretaria de la XMESS la informació rellevant en el desenvolupament de l'acompanyament (incidències, data de finalització pactada, etc.)."],
  ["fitxa", "Em comprometo a documentar la mentoria a través de la fitxa de la XMESS."],
] as const;

export type CommitmentKey = (typeof COMMITMENTS)[number][0];

/** The fields of each step of the form, to validate a step before moving to the next. */
export const APPLICATION_STEPS = [
  { key: "context", fields: ["municipalitySize", "policyStage", "currentPolicy", "hasPlan", "planDetails", "budget", "team"] },
  { key: "needs", fields: ["needs"] },
  { key: "goals", fields: ["goals", "availability", "preferredFormat"] },
  { key: "mentors", fields: ["preferredMentorIds"] },
  { key: "commitments", fields: ["commitments"] },
] as const;
