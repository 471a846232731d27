import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ActionButton";
import { erasePersonAction } from "../actions";

/** The right to erasure: a closed disclosure, and a confirming step before it is done. */
export function EraseSection({ personId, locale }: { personId: string; locale: string }) {
  const t = useTranslations("adminPeople.erase");
  return (
    <details className="rounded-lg border border-line bg-white p-5">
      <summary className="cursor-pointer font-semibold">{t("summary")}</summary>
      <div className="mt-3 space-y-3">
        <p>{t("text")}</p>
        <ActionButton
          action={erasePersonAction}
          input={{ personId: personId }}
          label={t("button")}
          variant="danger"
          confirm={t("confirm")}
          confirmLabel={t("confirmLabel")}
          success={t("success")}
          redirectTo={`/${locale}/secretaria/persones?esborrada=1`}
        />
      </div>
    </details>
  );
}
