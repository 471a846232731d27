import { formatDay } from "@/lib/dates";
import { PHASE_LABELS } from "@/lib/editions/phases";
import type { TimelineStep } from "@/lib/editions/timeline";

export function EditionTimeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <ol className="grid gap-2 md:grid-cols-6" aria-label="Fases de la convocatòria">
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
            {PHASE_LABELS[step.phase]}
            {step.state === "done" ? <span className="sr-only"> (feta)</span> : null}
            {step.state === "current" ? <span className="sr-only"> (fase actual)</span> : null}
          </p>
          <p>
            {step.from && step.to
              ? `${formatDay(step.from)} – ${formatDay(step.to)}`
              : step.to
                ? `fins al ${formatDay(step.to)}`
                : step.from
                  ? `des del ${formatDay(step.from)}`
                  : "\u00a0"}
          </p>
        </li>
      ))}
    </ol>
  );
}
