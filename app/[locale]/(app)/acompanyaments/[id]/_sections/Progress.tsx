import { formatDay } from "@/lib/dates";
import type { MentorshipView } from "@/lib/mentorships/view";

/** The programme's steps, folded to one line (how many are done, the dates of the period). */
export function Progress({ view }: { view: MentorshipView }) {
  const m = view.mentorship;
  const done = view.checklist.filter((c) => c.done).length;
  return (
    <div className="space-y-2 rounded-lg border border-line bg-white p-4 shadow-sm">
      <p className="text-sm">
        Proposta acceptada el {formatDay(view.period.accepted)}
        {m.firstContactOn ? ` · Primer contacte el ${formatDay(m.firstContactOn)}` : ""} · Inici:{" "}
        {formatDay(view.start)}
        {view.period.followsEdition ? " (el de la convocatòria)" : " (pactat per la parella)"} · Finalització:{" "}
        {m.endOn
          ? `${formatDay(m.endOn)} (pactada)`
          : `${formatDay(view.period.end)} (per defecte, fins que es pacti l'acord)`}
      </p>
      <details>
        <summary className="cursor-pointer font-semibold">
          Passos del programa: {done} de {view.checklist.length} fets
        </summary>
        <ul className="mt-3 space-y-1">
          {view.checklist.map((item) => (
            <li key={item.key} className="flex items-start gap-2">
              <span aria-hidden="true" className={item.done ? "text-brand-700" : "text-muted"}>
                {item.done ? "✔" : "○"}
              </span>
              <span>
                {item.label}
                <span className="sr-only">{item.done ? ": fet" : ": pendent"}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
