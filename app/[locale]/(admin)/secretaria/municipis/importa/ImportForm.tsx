"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { SubmitButton } from "@/components/form/SubmitButton";
import { importAction, previewImportAction } from "../actions";
import { ImportPreview } from "./ImportPreview";
import { useT } from "@/lib/i18n/use-t";

/**
 * The municipalities' import in two steps, both server-action forms (so also without
 * JavaScript): the uploaded CSV is previewed row by row, then its valid rows are imported.
 */
export function ImportForm() {
  const t = useT("adminMunicipalities.importPage");
  const [preview, previewAction] = useActionState(previewImportAction, null);
  const [imported, importFormAction] = useActionState(importAction, null);
  const fileError = preview && !preview.ok ? (preview.fieldErrors?.file?.[0] ?? preview.error) : null;
  return (
    <div className="space-y-6">
      <form action={previewAction} className="space-y-4 rounded-lg border border-line bg-white p-6">
        <div>
          <label htmlFor="csv-file" className="block font-medium">
            {t("file")}
          </label>
          <p id="csv-file-help" className="text-sm text-muted">
            {t("fileHelp")}
          </p>
          <input
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? "csv-file-help csv-file-error" : "csv-file-help"}
            aria-invalid={fileError ? true : undefined}
            className="mt-2 block"
          />
          {fileError ? (
            <p id="csv-file-error" className="mt-1 text-sm font-medium text-danger">
              {fileError}
            </p>
          ) : null}
        </div>
        <SubmitButton pendingLabel={t("reading")}>{t("preview")}</SubmitButton>
      </form>

      {imported?.ok ? (
        <Alert tone="success" title={t("done")} live>
          {t("doneText", {
            created: imported.data.created,
            updated: imported.data.updated,
            skipped: imported.data.skipped,
          })}
        </Alert>
      ) : null}
      {imported && !imported.ok ? <Alert tone="error">{imported.error}</Alert> : null}

      {preview?.ok && !imported?.ok ? (
        <section className="space-y-4">
          <h2 className="text-xl font-semibold">{t("previewOf", { file: preview.data.fileName })}</h2>
          <ImportPreview rows={preview.data.rows} />
          <form action={importFormAction}>
            <input type="hidden" name="csv" value={preview.data.csv} />
            <SubmitButton pendingLabel={t("importing")}>{t("importValid")}</SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
