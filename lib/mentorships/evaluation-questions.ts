// The evaluation's scored questions (1 to 5): the form asks them and the report averages them;
// their words are mentorshipForms.question.<key> in messages/*.json.
export const EVALUATION_QUESTIONS = ["usefulness", "relationship", "goalsAchieved", "organisation"] as const;
