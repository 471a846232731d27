import { useTranslations } from "next-intl";
import { useFormatDay } from "@/lib/i18n/use-format-day";
import type { MentorshipView } from "@/lib/mentorships/view";
import { useChecklistLabel } from "./types";

/** The programme's steps, folded to one line (how many are done, the dates of the period). */
export function Progress({ view }: { view: MentorshipView }) {
  const t = useTranslations("mentorship");
  const label = useChecklistLabel(view);
  const day = useFormatDay();
  const m = view.mentorship;
  const done = view.checklist.filter((c) => c.done).length;
  return (
    <div className="space-y-2 rounded-lg border border-line bg-white p-4 shadow-sm">
      <p className="text-sm">
        {t("progress.accepted", { day: day(view.period.accepted) })}
        {m.firstContactOn ? t("progress.firstContact", { day: day(m.firstContactOn) }) : ""}
        {t("progress.start", { day: day(view.start) })}
        {t(view.period.followsEdition ? "progress.startEdition" : "progress.startAgreed")}
        {m.endOn
          ? t("progress.endAgreed", { day: day(m.endOn) })
          : t("progress.endDefault", { day: day(view.period.end) })}
      </p>
      <details>
        <summary className="cursor-pointer font-semibold">
          {t("progress.steps", { done, total: view.checklist.length })}
        </summary>
        <ul className="mt-3 space-y-1">
          {view.checklist.map((item) => (
            <li key={item.key} className="flex items-start gap-2">
              <span aria-hidden="true" className={item.done ? "text-brand-700" : "text-muted"}>
                {item.done ? "✔" : "○"}
              </span>
              <span>
                {label(item)}
                <span className="sr-only">{t(item.done ? "checklist.done" : "checklist.pending")}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
