// The commitments a person accepts in the application: the schema checks them, the page hands
// their texts to the form (content, not part of the form's code).

export const COMMITMENTS = [
  ["deadlines", "Faig la sol·licitud en el termini establert i m'ajustaré als terminis proposats del projecte."],
  ["availability", "Tinc disponibilitat i em comprometo a realitzar l'acompanyament."],
  ["personal", "Hi participo a títol individual: seré sempre jo qui participi en les activitats de mentoria."],
  [
    "requirements",
    "Faré com a mínim dues trobades presencials, i la mentoria durarà com a màxim un any, llevat que les dues parts acordin explícitament una ampliació.",
  ],
  [
    "communicate",
    "Comunicaré a la secretaria de la XMESS la informació rellevant en el desenvolupament de l'acompanyament (incidències, data de finalització pactada, etc.).",
  ],
  ["fitxa", "Em comprometo a documentar la mentoria a través de la fitxa de la XMESS."],
] as const;

export type CommitmentKey = (typeof COMMITMENTS)[number][0];
