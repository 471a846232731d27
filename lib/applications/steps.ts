// The application form's steps: plain data shared by the form (in the browser, without zod)
// and the schema.

/** The fields of each step of the form, to validate a step before moving to the next. */
export const APPLICATION_STEPS = [
  {
    key: "context",
    fields: ["municipalitySize", "policyStage", "currentPolicy", "hasPlan", "planDetails", "budget", "team"],
  },
  { key: "needs", fields: ["needs"] },
  { key: "goals", fields: ["goals", "availability", "preferredFormat"] },
  { key: "mentors", fields: ["preferredMentorIds"] },
  { key: "commitments", fields: ["commitments"] },
] as const;
