import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionButton } from "@/components/ActionButton";
import { ActionChoices } from "@/components/ActionChoices";
import { SubmitButton } from "@/components/form/SubmitButton";
import { DataTable, Td } from "@/components/admin";
import { reasonText } from "@/lib/matching/reason-text";
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
  const t = useTranslations("adminMatching.open");
  const tReason = useTranslations("adminMatching.reason");
  const tPriority = useTranslations("labels.priority");
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
        {t("heading", { count: board.counts.applications })}
      </h2>
      {board.counts.applications === 0 ? <p>{t("none")}</p> : null}
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
            {t("needs", {
              needs: app.needs
                .map((n) => t("need", { topic: n.topic, priority: tPriority(n.priority).toLowerCase() }))
                .join(", "),
            })}
            {app.preferred.length ? t("preferences", { names: app.preferred.join(", ") }) : ""}
          </p>
          <ActionChoices action={sendProposalsAction} input={propose(app.id, false)}>
            <DataTable
              caption={t("caption", { applicant: app.applicant })}
              headers={[t("col.mentor"), t("col.score"), t("col.why"), ""]}
              empty={t("empty")}
            >
              {app.ranked.map((r) => (
                <tr key={r.mentorId}>
                  <Td className="font-semibold">{r.name}</Td>
                  <Td>{r.score.toFixed(2)}</Td>
                  <Td>
                    <ul className="list-disc pl-4">
                      {r.reasons.map((reason) => (
                        <li key={reason.key}>{reasonText(reason, tReason, tPriority)}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td>
                    {open ? (
                      <SubmitButton
                        name="items.0.mentorId"
                        value={r.mentorId}
                        ariaLabel={t("proposeLabel", { mentor: r.name, applicant: app.applicant })}
                        variant="secondary"
                        pendingLabel={t("sending")}
                      >
                        {t("propose")}
                      </SubmitButton>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </DataTable>
          </ActionChoices>
          {app.sameMunicipality.length && open ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium">{t("sameMunicipality")}</summary>
              <ul className="mt-2 space-y-2">
                {app.sameMunicipality.map((r) => (
                  <li key={r.mentorId} className="flex flex-wrap items-center gap-3">
                    {r.name} ({r.score.toFixed(2)})
                    <ActionButton
                      action={sendProposalsAction}
                      input={{ ...propose(app.id, true), "items.0.mentorId": r.mentorId }}
                      label={t("proposeAnyway")}
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
