import type { ReactNode } from "react";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge, DataTable, Td } from "@/components/admin";
import { formatDay } from "@/lib/dates";
import type { MatchingBoard } from "@/lib/matching/board";
import { withdrawProposalAction } from "../actions";

/** Proposals waiting for an answer and accepted ones; a pending one can be withdrawn, after a confirming step. */
export function ProposalsTable({ board, sent, nav }: { board: MatchingBoard; sent: boolean; nav: ReactNode }) {
  return (
    <section className="space-y-3" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading" className="text-xl font-semibold">
        Propostes en curs i acceptades ({board.counts.proposals})
      </h2>
      {sent ? (
        <Alert tone="success" live>
          S&apos;ha enviat la proposta. La persona mentora rep un correu per respondre-la.
        </Alert>
      ) : null}
      <DataTable
        caption="Propostes"
        headers={["Sol·licitud", "Persona mentora", "Estat", "Termini de resposta", ""]}
        empty="Encara no s'ha enviat cap proposta."
      >
        {board.proposals.map((p) => (
          <tr key={p.id}>
            <Td>
              {p.application.applicant.name}
              <span className="block text-muted">{p.application.municipality.name}</span>
            </Td>
            <Td>{p.mentor.name}</Td>
            <Td>
              {p.status === "ACCEPTED" ? (
                <Badge tone="green">Acceptada</Badge>
              ) : (
                <Badge tone="amber">Pendent de resposta</Badge>
              )}
            </Td>
            <Td>{p.status === "PENDING" ? formatDay(p.respondBy) : "—"}</Td>
            <Td>
              {p.status === "PENDING" ? (
                <ActionButton
                  action={withdrawProposalAction}
                  input={{ proposalId: p.id }}
                  label="Retira"
                  ariaLabel={`Retira la proposta de ${p.mentor.name} per a ${p.application.applicant.name}`}
                  variant="secondary"
                  confirm="Segur que voleu retirar aquesta proposta? La persona mentora en rebrà l'avís."
                  confirmLabel="Sí, retira-la"
                />
              ) : null}
            </Td>
          </tr>
        ))}
      </DataTable>
      {nav}
    </section>
  );
}
