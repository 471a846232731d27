/** "Suggereix-ho tot": a GET form, so the suggested draft is an address of its own (and works without JavaScript). */
import { useTranslations } from "next-intl";

export function SuggestPanel({ open }: { open: boolean }) {
  const t = useTranslations("adminMatching.suggest");
  return (
    <div className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {open ? (
        <form method="get" action="#draft-heading">
          <input type="hidden" name="suggeriment" value="1" />
          <button
            type="submit"
            className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("button")}
          </button>
        </form>
      ) : null}
      <p className="text-sm text-muted">{t("help")}</p>
    </div>
  );
}
