import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge, DataTable, Td } from "@/components/admin";
import { formatDay, type AppLocale } from "@/lib/dates";
import type { MatchingBoard } from "@/lib/matching/board";
import { withdrawProposalAction } from "../actions";

/** Proposals waiting for an answer and accepted ones; a pending one can be withdrawn, after a confirming step. */
export function ProposalsTable({ board, sent, nav }: { board: MatchingBoard; sent: boolean; nav: ReactNode }) {
  const t = useTranslations("adminMatching.proposals");
  const locale = useLocale() as AppLocale;
  return (
    <section className="space-y-3" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading" className="text-xl font-semibold">
        {t("heading", { count: board.counts.proposals })}
      </h2>
      {sent ? (
        <Alert tone="success" live>
          {t("sent")}
        </Alert>
      ) : null}
      <DataTable
        caption={t("caption")}
        headers={[t("col.application"), t("col.mentor"), t("col.status"), t("col.respondBy"), ""]}
        empty={t("empty")}
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
                <Badge tone="green">{t("accepted")}</Badge>
              ) : (
                <Badge tone="amber">{t("pending")}</Badge>
              )}
            </Td>
            <Td>{p.status === "PENDING" ? formatDay(p.respondBy, locale) : "—"}</Td>
            <Td>
              {p.status === "PENDING" ? (
                <ActionButton
                  action={withdrawProposalAction}
                  input={{ proposalId: p.id }}
                  label={t("withdraw")}
                  ariaLabel={t("withdrawLabel", {
                    mentor: p.mentor.name ?? "",
                    applicant: p.application.applicant.name ?? "",
                  })}
                  variant="secondary"
                  confirm={t("withdrawConfirm")}
                  confirmLabel={t("withdrawConfirmLabel")}
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
