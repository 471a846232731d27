"use client";

import { useT } from "@/lib/i18n/use-t";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, TextArea } from "@/components/form/fields";
import { acceptProposalAction, declineProposalAction } from "../actions";

export function RespondForm({ proposalId }: { proposalId: string }) {
  const t = useT("proposals");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (done) {
    return (
      <Alert tone="success" live>
        {done}
      </Alert>
    );
  }
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          pending={pending}
          onClick={async () => {
            if (!window.confirm(t("acceptConfirm"))) return;
            setPending(true);
            const result = await acceptProposalAction({ proposalId });
            setPending(false);
            if (!result.ok) return setError(result.error);
            setDone(t("accepted"));
            router.refresh();
          }}
        >
          {t("accept")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setDeclining(true)} aria-expanded={declining}>
          {t("decline")}
        </Button>
      </div>
      {declining ? (
        <form
          className="space-y-3"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setPending(true);
            const result = await declineProposalAction({ proposalId, reason: reason.trim() || null });
            setPending(false);
            if (!result.ok) {
              setFieldError(result.fieldErrors?.reason?.[0]);
              return setError(result.error);
            }
            setDone(t("declined"));
            router.refresh();
          }}
        >
          <p>{t("declineHelp")}</p>
          <TextArea
            name="reason"
            label={t("declineReason")}
            rows={3}
            value={reason}
            error={fieldError}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button variant="secondary" pending={pending}>
            {t("declineSubmit")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
