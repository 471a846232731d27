import { Badge, DataTable, Td } from "@/components/admin";
import type { ImportRow } from "@/lib/municipalities/import-municipalities";
import { useLookup, useT } from "@/lib/i18n/use-t";
import { validationWords } from "@/lib/i18n/validation";
import { useLocalePath } from "@/lib/i18n/use-locale-path";

const TONES = { create: "green", update: "blue", error: "red" } as const;

/** What the import would do with each row of the file. */
export function ImportPreview({ rows }: { rows: ImportRow[] }) {
  const t = useT("adminMunicipalities.importPage");
  const tCol = useT("adminMunicipalities.col");
  const { locale } = useLocalePath();
  const lookup = useLookup("validation");
  const count = (action: ImportRow["action"]) => rows.filter((r) => r.action === action).length;
  return (
    <>
      <p>{t("summary", { create: count("create"), update: count("update"), error: count("error") })}</p>
      <DataTable
        caption={t("caption")}
        headers={[tCol("line"), tCol("name"), tCol("comarca"), tCol("population"), tCol("domains"), tCol("result")]}
      >
        {rows.map((row) => (
          <tr key={row.line}>
            <Td>{row.line}</Td>
            <Td>{row.name || "—"}</Td>
            <Td>{row.comarca || "—"}</Td>
            <Td>{row.population?.toLocaleString(locale) ?? "—"}</Td>
            <Td>{row.emailDomains.join(", ") || "—"}</Td>
            <Td>
              <Badge tone={TONES[row.action]}>{t(`action.${row.action}`)}</Badge>
              {row.errors.length ? (
                <ul className="mt-1 list-disc pl-5 text-danger">
                  {row.errors.map((e) => (
                    <li key={e}>{validationWords(e, lookup)}</li>
                  ))}
                </ul>
              ) : null}
            </Td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
