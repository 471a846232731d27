import { Badge, DataTable, Td } from "@/components/admin";
import type { ImportRow } from "@/lib/municipalities/import-municipalities";

const ACTIONS = {
  create: ["Es crearà", "green"],
  update: ["S'actualitzarà", "blue"],
  error: ["Amb errors: no s'importarà", "red"],
} as const;

/** What the import would do with each row of the file. */
export function ImportPreview({ rows }: { rows: ImportRow[] }) {
  const count = (action: ImportRow["action"]) => rows.filter((r) => r.action === action).length;
  return (
    <>
      <p>
        {count("create")} es crearan, {count("update")} s&apos;actualitzaran i {count("error")} tenen errors i no
        s&apos;importaran.
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
    </>
  );
}
