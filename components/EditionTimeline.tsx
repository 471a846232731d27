import { useTranslations } from "next-intl";
import { useFormatDay } from "@/lib/i18n/use-format-day";
import type { TimelineStep } from "@/lib/editions/timeline";

export function EditionTimeline({ steps }: { steps: TimelineStep[] }) {
  const t = useTranslations("common");
  const phases = useTranslations("editionPhases");
  const day = useFormatDay();
  return (
    <ol className="grid gap-2 md:grid-cols-6" aria-label={t("timelineLabel")}>
      {steps.map((step) => (
        <li
          key={step.phase}
          aria-current={step.state === "current" ? "step" : undefined}
          className={`rounded border p-3 text-sm ${
            step.state === "current"
              ? "border-brand-700 bg-brand-700 text-white"
              : step.state === "done"
                ? "border-line bg-brand-50 text-ink"
                : "border-line bg-white text-ink"
          }`}
        >
          <p className="font-semibold">
            {phases(step.phase)}
            {step.state === "done" ? <span className="sr-only">{t("phaseDone")}</span> : null}
            {step.state === "current" ? <span className="sr-only">{t("phaseCurrent")}</span> : null}
          </p>
          <p>
            {step.from && step.to
              ? `${day(step.from)} – ${day(step.to)}`
              : step.to
                ? t("until", { date: day(step.to) })
                : step.from
                  ? t("since", { date: day(step.from) })
                  : "\u00a0"}
          </p>
        </li>
      ))}
    </ol>
  );
}
