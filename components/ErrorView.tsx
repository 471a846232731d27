"use client";

import { useT } from "@/lib/i18n/use-t";

/**
 * What the error pages say; "Torna-ho a provar" renders the part that failed again. The digest
 * is the reference of the server's log line for this error (instrumentation.ts), for the person
 * to quote to the secretariat.
 */
export function ErrorView({ reset, digest }: { reset: () => void; digest?: string }) {
  const t = useT("errors");
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("generic")}</p>
      {digest ? <p className="mt-2 text-sm">{t("reference", { digest })}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
