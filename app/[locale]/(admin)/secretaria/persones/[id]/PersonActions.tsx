import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ActionButton";
import { decideRegistrationAction, setPersonActiveAction } from "../actions";

/** Validating a registration and (de)activating a person: server-action buttons, the irreversible-looking ones with a confirming step. */
export function PersonActions({ personId, active, pending }: { personId: string; active: boolean; pending: boolean }) {
  const t = useTranslations("adminPeople.actions");
  return (
    <div className="flex flex-wrap items-start gap-3">
      {pending ? (
        <>
          <ActionButton action={decideRegistrationAction} input={{ personId, approve: true }} label={t("approve")} />
          <ActionButton
            action={decideRegistrationAction}
            input={{ personId, approve: false }}
            label={t("reject")}
            variant="secondary"
            confirm={t("rejectConfirm")}
            confirmLabel={t("rejectConfirmLabel")}
          />
        </>
      ) : null}
      {active ? (
        <ActionButton
          action={setPersonActiveAction}
          input={{ personId, active: false }}
          label={t("deactivate")}
          variant="danger"
          confirm={t("deactivateConfirm")}
          confirmLabel={t("deactivateConfirmLabel")}
        />
      ) : (
        <ActionButton
          action={setPersonActiveAction}
          input={{ personId, active: true }}
          label={t("reactivate")}
          variant="secondary"
        />
      )}
    </div>
  );
}
