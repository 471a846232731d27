import { useTranslations } from "next-intl";
import { CancelForm } from "../ExtensionForm";

/** Ending the mentorship early: a closed disclosure (the first step), then the reason and the button. */
export function CancelSection({ mentorshipId }: { mentorshipId: string }) {
  const t = useTranslations("mentorship.cancel");
  return (
    <CancelForm
      mentorshipId={mentorshipId}
      disclosure={{
        summary: <>{t("summary")}</>,
        className: "rounded-lg border border-line bg-white p-4 shadow-sm",
      }}
    />
  );
}
