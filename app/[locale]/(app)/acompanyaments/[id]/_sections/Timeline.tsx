import { formatDateTime } from "@/lib/dates";
import type { MentorshipView } from "@/lib/mentorships/view";

/** What happened, in order, folded. */
export function Timeline({ view }: { view: MentorshipView }) {
  return (
    <details className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">Cronologia ({view.timeline.length})</summary>
      <ol className="mt-3 space-y-1 text-sm">
        {view.timeline.map((e) => (
          <li key={e.id}>
            <span className="text-muted">{formatDateTime(e.at)}</span> · {e.label}
            {e.by ? ` (${e.by})` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
