import { useTranslations } from "next-intl";
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

/** "La persona sol·licitant" / "La persona mentora": the other party of the person looking. */
export function useOtherRoleLabel(role: MentorshipView["role"]) {
  const t = useTranslations("mentorship");
  return t(role === "MENTOR" ? "otherMentee" : "otherMentor");
}

/** The programme's steps (lib/mentorships/rules.ts checklist) in the page's language. */
export function useChecklistLabel(view: MentorshipView) {
  const t = useTranslations("mentorship.checklist");
  const c = view.compliance;
  return (item: MentorshipView["checklist"][number]) =>
    item.key === "meetings"
      ? t("meetings", { required: c.required, counted: c.counted, inPerson: c.inPerson ? "yes" : "no" })
      : t(item.key);
}
