import "server-only";
import { isoDay, madridDay, madridTime } from "./dates";
import type { Translator } from "./i18n/translator";
// CSV for spreadsheets used by a Catalan administration: UTF-8 with a byte-order mark (so Excel
// reads accents right), ";" between fields (Excel's separator in Catalan and Spanish locales),
// CRLF line ends, and cells that a spreadsheet would run as a formula neutralised.

export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A column of an export. A Date is a calendar day (`type: "day"`, the app's dates at UTC
 * midnight) or a moment (`type: "instant"`, shown in Europe/Madrid time); numbers stay numbers.
 */
export type Column<T> = { header: string; value: (row: T) => CellValue; type?: "day" | "instant"; width?: number };

/** How a yes/no cell reads, in the language of the person who exports. */
export type YesNo = { yes: string; no: string };

/** Yes and no from the messages (`t`: the root translator of the exporter's language). */
export const yesNo = (t: Translator): YesNo => ({ yes: t("labels.yes"), no: t("labels.no") });

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as CSV text for Catalan and Spanish spreadsheets: ISO dates (2026-12-30, or
 * 2026-12-30 10:00 in Madrid time), which Excel reads as dates in any language; numbers with a
 * decimal comma; yes/no in words.
 */
export function csvCell(value: CellValue, type: Column<unknown>["type"], words: YesNo): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return type === "instant" ? `${isoDay(madridDay(value))} ${madridTime(value)}` : isoDay(value);
  if (typeof value === "number") return String(value).replace(".", ",");
  let text = typeof value === "boolean" ? (value ? words.yes : words.no) : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: Column<T>[], words: YesNo): string {
  const lines = [columns.map((c) => csvCell(c.header, undefined, words)).join(";")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row), c.type, words)).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * Parses CSV text as written by Excel, LibreOffice or a text editor: optional BOM, ";" or ","
 * (whichever the header line uses), quoted fields with doubled quotes, CRLF or LF.
 */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}
