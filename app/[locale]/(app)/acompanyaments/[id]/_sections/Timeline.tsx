import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import type { MentorshipView } from "@/lib/mentorships/view";

/** What happened, in order, folded (each event in the page's language; an unknown one as recorded). */
export function Timeline({ view }: { view: MentorshipView }) {
  const t = useTranslations("mentorship");
  const locale = useLocale() as AppLocale;
  const label = (e: MentorshipView["timeline"][number]) => {
    const key = `timeline.${e.action.replace(/^mentorship\./, "")}`;
    return t.has(key) ? t(key) : e.label;
  };
  return (
    <details className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">{t("timelineTitle", { count: view.timeline.length })}</summary>
      <ol className="mt-3 space-y-1 text-sm">
        {view.timeline.map((e) => (
          <li key={e.id}>
            <span className="text-muted">{formatDateTime(e.at, locale)}</span> · {label(e)}
            {e.by ? ` (${e.by})` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
