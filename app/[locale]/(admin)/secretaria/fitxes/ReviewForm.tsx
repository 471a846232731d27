"use client";

import { ActionButton } from "@/components/ActionButton";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { publishAction, requestChangesAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** The secretariat publishes a submitted fitxa, or asks its author for changes. */
export function ReviewForm({ sheetId }: { sheetId: string }) {
  const t = useT("adminFitxes.review");
  const server = useServerForm({
    action: requestChangesAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.reviewSchema),
    defaults: { sheetId, note: "" },
  });
  const { field } = server;
  return (
    <div className="space-y-6">
      <ActionButton
        action={publishAction}
        input={{ sheetId }}
        label={t("publish")}
        confirm={t("publishConfirm")}
        confirmLabel={t("publishConfirmLabel")}
      />
      <FormFrame server={server} className="space-y-3">
        <input type="hidden" {...field("sheetId")} />
        <TextArea label={t("changes")} help={t("changesHelp")} rows={4} {...field("note")} />
        <SubmitButton variant="secondary" pendingLabel={t("sending")}>
          {t("request")}
        </SubmitButton>
      </FormFrame>
    </div>
  );
}
