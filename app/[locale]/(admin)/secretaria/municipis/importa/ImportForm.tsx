"use client";

import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Badge, DataTable, Td } from "@/components/admin";
import { Button } from "@/components/form/fields";
import type { ImportRow } from "@/lib/municipalities/import-municipalities";
import { importAction, previewImportAction } from "../actions";

const ACTIONS = {
  create: ["Es crearà", "green"],
  update: ["S'actualitzarà", "blue"],
  error: ["Amb errors: no s'importarà", "red"],
} as const;

export function ImportForm() {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ created: number; updated: number; skipped: number } | null>(null);
  const [pending, setPending] = useState(false);

  const preview = async (text: string) => {
    setPending(true);
    setError(null);
    setResult(null);
    const response = await previewImportAction({ csv: text });
    setPending(false);
    if (!response.ok) {
      setRows(null);
      setError(response.fieldErrors?.file?.[0] ?? response.fieldErrors?.csv?.[0] ?? response.error);
      return;
    }
    setRows(response.data);
  };

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-lg border border-line bg-white p-6"
        onSubmit={(e) => {
          e.preventDefault();
          if (csv) void preview(csv);
          else setError("Trieu un fitxer CSV.");
        }}
      >
        <div>
          <label htmlFor="csv-file" className="block font-medium">
            Fitxer CSV
          </label>
          <p id="csv-file-help" className="text-sm text-muted">
            Primera fila amb les columnes «nom», «comarca», «població» i «dominis» (separades per punt i coma o per
            comes), en UTF-8.
          </p>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={error ? "csv-file-help csv-file-error" : "csv-file-help"}
            aria-invalid={error ? true : undefined}
            className="mt-2 block"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setRows(null);
              setResult(null);
              if (!file) return setCsv(null);
              if (file.size > 1_000_000) {
                setCsv(null);
                return setError("El fitxer és massa gran (màxim 1 MB).");
              }
              setFileName(file.name);
              setCsv(await file.text());
              setError(null);
            }}
          />
          {error ? (
            <p id="csv-file-error" className="mt-1 text-sm font-medium text-danger">
              {error}
            </p>
          ) : null}
        </div>
        <Button pending={pending} pendingLabel="S'està llegint…">
          Previsualitza
        </Button>
      </form>

      {result ? (
        <Alert tone="success" title="Importació feta" live>
          {result.created} municipis creats, {result.updated} actualitzats i {result.skipped} files descartades per
          errors.
        </Alert>
      ) : null}

      {rows && !result ? (
        <section className="space-y-4">
          <h2 className="text-xl font-semibold">Previsualització de {fileName}</h2>
          <p>
            {rows.filter((r) => r.action === "create").length} es crearan,{" "}
            {rows.filter((r) => r.action === "update").length} s&apos;actualitzaran i{" "}
            {rows.filter((r) => r.action === "error").length} tenen errors i no s&apos;importaran.
          </p>
          <DataTable
            caption="Previsualització de la importació"
            headers={["Fila", "Municipi", "Comarca", "Població", "Dominis", "Resultat"]}
          >
            {rows.map((row) => (
              <tr key={row.line}>
                <Td>{row.line}</Td>
                <Td>{row.name || "—"}</Td>
                <Td>{row.comarca || "—"}</Td>
                <Td>{row.population?.toLocaleString("ca") ?? "—"}</Td>
                <Td>{row.emailDomains.join(", ") || "—"}</Td>
                <Td>
                  <Badge tone={ACTIONS[row.action][1]}>{ACTIONS[row.action][0]}</Badge>
                  {row.errors.length ? (
                    <ul className="mt-1 list-disc pl-5 text-danger">
                      {row.errors.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  ) : null}
                </Td>
              </tr>
            ))}
          </DataTable>
          <Button
            type="button"
            pending={pending}
            disabled={!rows.some((r) => r.action !== "error")}
            onClick={async () => {
              setPending(true);
              const response = await importAction({ csv: csv ?? "" });
              setPending(false);
              if (response.ok) setResult(response.data);
              else setError(response.error);
            }}
          >
            Importa les files vàlides
          </Button>
        </section>
      ) : null}
    </div>
  );
}
