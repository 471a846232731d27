// The commitments a person accepts in the application: the schema checks them, and their texts
// are messages (application.commitmentTexts in messages/*.json).

export const COMMITMENTS = ["deadlines", "availability", "personal", "requirements", "communicate", "fitxa"] as const;

export type CommitmentKey = (typeof COMMITMENTS)[number];
