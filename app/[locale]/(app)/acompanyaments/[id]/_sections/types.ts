import type { NextStep } from "@/lib/mentorships/next-step";
import type { MentorshipView } from "@/lib/mentorships/view";

/** What every section of the mentorship page gets from the page. */
export type SectionProps = {
  view: MentorshipView;
  viewerId: string;
  locale: string;
  now: Date;
  step: NextStep;
  /** The parties work on it (not the secretariat, and only while it is open). */
  working: boolean;
};

export const otherRoleLabel = (role: MentorshipView["role"]) =>
  role === "MENTOR" ? "La persona sol·licitant" : "La persona mentora";
