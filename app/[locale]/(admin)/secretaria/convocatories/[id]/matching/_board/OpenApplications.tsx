import type { ReactNode } from "react";
import { ActionButton } from "@/components/ActionButton";
import { ActionChoices } from "@/components/ActionChoices";
import { SubmitButton } from "@/components/form/SubmitButton";
import { DataTable, Td } from "@/components/admin";
import { PRIORITY_LABELS } from "@/lib/applications/labels";
import type { MatchingBoard } from "@/lib/matching/board";
import { sendProposalsAction } from "../actions";

/** Submitted applications without a mentor, each with its best-ranked mentors and a button to propose one. */
export function OpenApplications({
  board,
  open,
  sentTo,
  nav,
}: {
  board: MatchingBoard;
  open: boolean;
  /** Where to go once a proposal is sent: the application leaves this list, the notice goes with the proposals. */
  sentTo: string;
  nav: ReactNode;
}) {
  // One form per application: its ranked mentors' buttons each send their mentor.
  const propose = (applicationId: string, allowSameMunicipality: boolean) => ({
    redirectTo: sentTo,
    editionId: board.edition.id,
    "items.0.applicationId": applicationId,
    "items.0.allowSameMunicipality": allowSameMunicipality,
  });
  return (
    <section className="space-y-4" aria-labelledby="open-heading">
      <h2 id="open-heading" className="text-xl font-semibold">
        Sol·licituds sense persona mentora ({board.counts.applications})
      </h2>
      {board.counts.applications === 0 ? (
        <p>Totes les sol·licituds enviades tenen una proposta en curs o acceptada.</p>
      ) : null}
      {board.applications.map((app) => (
        <article
          key={app.id}
          className="space-y-3 rounded-lg border border-line bg-white p-5"
          aria-labelledby={`app-${app.id}`}
        >
          <h3 id={`app-${app.id}`} className="text-lg font-semibold">
            {app.applicant} · {app.municipality} ({app.comarca})
          </h3>
          <p className="text-sm">
            Necessitats: {app.needs.map((n) => `${n.topic} (${PRIORITY_LABELS[n.priority].toLowerCase()})`).join(", ")}
            {app.preferred.length ? ` · Preferències: ${app.preferred.join(", ")}` : ""}
          </p>
          <ActionChoices action={sendProposalsAction} input={propose(app.id, false)}>
            <DataTable
              caption={`Persones mentores per a ${app.applicant}`}
              headers={["Persona mentora", "Puntuació", "Per què", ""]}
              empty="Cap persona mentora no compleix les regles (places, municipi, declinacions)."
            >
              {app.ranked.map((r) => (
                <tr key={r.mentorId}>
                  <Td className="font-semibold">{r.name}</Td>
                  <Td>{r.score.toFixed(2)}</Td>
                  <Td>
                    <ul className="list-disc pl-4">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td>
                    {open ? (
                      <SubmitButton
                        name="items.0.mentorId"
                        value={r.mentorId}
                        ariaLabel={`Proposa ${r.name} per a ${app.applicant}`}
                        variant="secondary"
                        pendingLabel="S'està enviant…"
                      >
                        Proposa
                      </SubmitButton>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </DataTable>
          </ActionChoices>
          {app.sameMunicipality.length && open ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium">
                Persones mentores del mateix municipi (excepció)
              </summary>
              <ul className="mt-2 space-y-2">
                {app.sameMunicipality.map((r) => (
                  <li key={r.mentorId} className="flex flex-wrap items-center gap-3">
                    {r.name} ({r.score.toFixed(2)})
                    <ActionButton
                      action={sendProposalsAction}
                      input={{ ...propose(app.id, true), "items.0.mentorId": r.mentorId }}
                      label="Proposa igualment"
                      variant="secondary"
                    />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </article>
      ))}
      {nav}
    </section>
  );
}
