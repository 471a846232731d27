import "server-only";
import { vmsg } from "@/lib/i18n/validation";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseCsv } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { municipalitySchema } from "./schema";

export type ImportRow = {
  line: number;
  name: string;
  comarca: string;
  population: number | null;
  emailDomains: string[];
  action: "create" | "update" | "error";
  errors: string[];
};

const HEADERS = {
  name: ["nom", "municipi", "name"],
  comarca: ["comarca"],
  population: ["poblacio", "població", "habitants", "population"],
  emailDomains: ["dominis", "domini", "dominis de correu", "email domains", "domains"],
};

const MAX_BYTES = 1_000_000;

/**
 * Reads a CSV of municipalities (columns: nom; comarca; població; dominis) and says, row by
 * row, what importing it would do. Nothing is written.
 */
export async function previewMunicipalityImport(actor: Viewer | null, csv: string): Promise<ImportRow[]> {
  assertPermission(actor, "people:manage");
  if (csv.length > MAX_BYTES)
    throw invalid(
      { key: "importMunicipalities.fitxerMassaGranMaxim" },
      { file: [{ key: "importMunicipalities.fitxerMassaGranMaxim" }] },
    );
  const rows = parseCsv(csv);
  if (rows.length < 2) {
    throw invalid(
      { key: "importMunicipalities.fitxerTeFilaDades" },
      {
        file: [{ key: "importMunicipalities.fitxerTenirFilaCapcalera" }],
      },
    );
  }
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(
    Object.entries(HEADERS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))]),
  ) as Record<keyof typeof HEADERS, number>;
  if (index.name < 0 || index.comarca < 0) {
    throw invalid(
      { key: "importMunicipalities.faltenColumnesObligatories" },
      {
        file: [{ key: "importMunicipalities.primeraFilaTenirCom" }],
      },
    );
  }
  const existing = new Set(
    (await prisma.municipality.findMany({ select: { name: true } })).map((m) => m.name.toLowerCase()),
  );
  const seen = new Set<string>();
  return rows.slice(1).map((cells, i) => {
    const cell = (key: keyof typeof HEADERS) => (index[key] >= 0 ? (cells[index[key]] ?? "").trim() : "");
    const parsed = municipalitySchema.safeParse({
      name: cell("name"),
      comarca: cell("comarca"),
      population: cell("population").replace(/[.\s]/g, ""),
      emailDomains: cell("emailDomains"),
    });
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    const key = cell("name").toLowerCase();
    if (key && seen.has(key)) errors.push(vmsg("municipalities.municipiSurtFilaAnterior"));
    seen.add(key);
    return {
      line: i + 2,
      name: cell("name"),
      comarca: cell("comarca"),
      population: parsed.success ? parsed.data.population : null,
      emailDomains: parsed.success ? parsed.data.emailDomains : [],
      action: errors.length ? "error" : existing.has(key) ? "update" : "create",
      errors,
    };
  });
}

/** Imports the valid rows of the file (rows with errors are skipped), in one transaction. */
export async function importMunicipalities(actor: Viewer | null, csv: string) {
  const preview = await previewMunicipalityImport(actor, csv);
  assertPermission(actor, "people:manage");
  const valid = preview.filter((row) => row.action !== "error");
  if (!valid.length) throw invalid({ key: "importMunicipalities.filaFitxerPotImportar" });
  return prisma.$transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const row of valid) {
      const data = { comarca: row.comarca, population: row.population, emailDomains: row.emailDomains };
      const existing = await tx.municipality.findFirst({
        where: { name: { equals: row.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (existing) {
        await tx.municipality.update({ where: { id: existing.id }, data });
        updated++;
      } else {
        await tx.municipality.create({ data: { name: row.name, ...data } });
        created++;
      }
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "municipality.imported",
      entityType: "Municipality",
      entityId: "import",
      data: { created, updated, skipped: preview.length - valid.length },
    });
    return { created, updated, skipped: preview.length - valid.length };
  });
}
