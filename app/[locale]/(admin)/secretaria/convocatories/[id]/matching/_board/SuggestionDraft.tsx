"use client";

import { Alert } from "@/components/Alert";
import { DataTable, Td } from "@/components/admin";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import Link from "next/link";
import { sendDraftAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** A suggested pair, its reasons already in words (the page writes them in its language). */
type Pair = {
  mentorId: string;
  score: number;
  reasons: string[];
  applicationId: string;
  applicant: string;
  municipality: string;
  mentorName: string;
  alternatives: { mentorId: string; name: string }[];
};

/** The suggested pairs as a form: untick a row or choose another mentor, add a message, send. */
export function SuggestionDraft({
  editionId,
  pairs,
  objective,
  boardPath,
}: {
  editionId: string;
  pairs: Pair[];
  objective: { matched: number; totalScore: number };
  /** With the locale: this is a client component, outside next-intl's navigation. */
  boardPath: string;
}) {
  const t = useT("adminMatching.draft");
  const rows = pairs.map((p) => ({ applicationId: p.applicationId, mentorId: p.mentorId, include: true }));
  const server = useServerForm({
    action: sendDraftAction,
    schema: () => import("@/lib/matching/send-schema").then((m) => m.sendDraftSchema),
    defaults: { editionId, message: "", items: rows },
  });
  const { field, form, state } = server;
  const chosen = ((form.watch("items") as { include: boolean }[] | undefined) ?? rows).filter(
    (row) => row.include,
  ).length;
  if (state?.ok) {
    return (
      <Alert tone="success" live>
        {state.data.sent === 1 ? t("sentOne") : t("sentMany", { count: state.data.sent })}{" "}
        <Link href={boardPath}>{t("back")}</Link>
      </Alert>
    );
  }
  return (
    <section className="space-y-3" aria-labelledby="draft-heading">
      <h2 id="draft-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p>{t("summary", { matched: objective.matched, score: objective.totalScore.toFixed(2) })}</p>
      <FormFrame server={server} className="space-y-3">
        <input type="hidden" {...field("editionId")} />
        <DataTable
          caption={t("caption")}
          headers={[t("col.send"), t("col.application"), t("col.mentor"), t("col.score"), t("col.why")]}
          empty={t("empty")}
        >
          {pairs.map((row, index) => (
            <tr key={row.applicationId}>
              <Td>
                <input type="hidden" {...field(`items.${index}.applicationId`)} />
                <input
                  type="checkbox"
                  aria-label={t("include", { applicant: row.applicant })}
                  className="h-5 w-5 accent-brand-700"
                  {...field(`items.${index}.include`)}
                />
              </Td>
              <Td>
                {row.applicant}
                <span className="block text-muted">{row.municipality}</span>
              </Td>
              <Td>
                <select
                  aria-label={t("mentorFor", { applicant: row.applicant })}
                  className="rounded border border-gray-400 bg-white px-2 py-1"
                  {...field(`items.${index}.mentorId`)}
                >
                  {[
                    ...new Map([
                      [row.mentorId, row.mentorName],
                      ...row.alternatives.map((r) => [r.mentorId, r.name] as [string, string]),
                    ]),
                  ].map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </select>
              </Td>
              <Td>{row.score.toFixed(2)}</Td>
              <Td>
                <ul className="list-disc pl-4">
                  {row.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </Td>
            </tr>
          ))}
        </DataTable>
        <TextArea label={t("message")} rows={3} {...field("message")} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel={t("sending")}>{t("submit", { count: chosen })}</SubmitButton>
          <Link href={boardPath}>{t("discard")}</Link>
        </div>
      </FormFrame>
    </section>
  );
}
