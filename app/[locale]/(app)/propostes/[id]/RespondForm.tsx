"use client";

import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { acceptProposalAction, declineProposalAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";

/** Accept (after a confirming step in the page) or decline, with an optional reason: server-action forms, also without JavaScript. */
export function RespondForm({ proposalId }: { proposalId: string }) {
  const t = useT("proposals");
  const server = useServerForm({
    action: declineProposalAction,
    schema: () => import("@/lib/matching/respond-schema").then((m) => m.declineSchema),
    defaults: { proposalId, reason: "" },
  });
  const { field, done } = server;
  if (done) {
    return (
      <Alert tone="success" live>
        {t("declined")}
      </Alert>
    );
  }
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-5">
      <ActionButton
        action={acceptProposalAction}
        input={{ proposalId }}
        label={t("accept")}
        confirm={t("acceptConfirm")}
        confirmLabel={t("acceptYes")}
        success={t("accepted")}
      />
      <details>
        <summary className="cursor-pointer font-semibold text-brand-700">{t("decline")}</summary>
        <FormFrame server={server} className="mt-3 space-y-3">
          <p>{t("declineHelp")}</p>
          <input type="hidden" {...field("proposalId")} />
          <TextArea label={t("declineReason")} rows={3} {...field("reason")} />
          <SubmitButton variant="secondary" pendingLabel={t("declining")}>
            {t("declineSubmit")}
          </SubmitButton>
        </FormFrame>
      </details>
    </div>
  );
}
