"use client";

/** The steps of the application, to move between them (shown when the page's JavaScript runs). */
export function StepsNav({
  labels,
  label,
  step,
  goTo,
}: {
  labels: string[];
  label: string;
  step: number;
  goTo: (index: number) => void;
}) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap gap-2 text-sm">
        {labels.map((text, index) => (
          <li key={text}>
            <button
              type="button"
              onClick={() => goTo(index)}
              aria-current={index === step ? "step" : undefined}
              className={`rounded-full border px-3 py-1 ${index === step ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-ink"}`}
            >
              {index + 1}. {text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
