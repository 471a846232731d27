import "server-only";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import writeXlsxFile, { type Cell } from "write-excel-file/node";
import type { CellValue, Column, YesNo } from "./csv";
import { isoDay, madridDay, madridTime } from "./dates";

// The exports as Excel workbooks (write-excel-file): dates and moments as real date cells with
// their formats, numbers as numbers, text as text (never a formula), a bold header row that
// stays in view, column widths from the content, and an autofilter on the header.

const DAY_FORMAT = "yyyy-mm-dd";
const INSTANT_FORMAT = "yyyy-mm-dd hh:mm";

/** A moment as the wall-clock time in Madrid, which is what a spreadsheet cell holds (it has no time zone). */
function madridWallClock(instant: Date) {
  const [year, month, day] = isoDay(madridDay(instant)).split("-").map(Number);
  const [hours, minutes] = madridTime(instant).split(":").map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

function cell(value: CellValue, type: Column<unknown>["type"], words: YesNo): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    return type === "instant"
      ? { type: Date, value: madridWallClock(value), format: INSTANT_FORMAT }
      : { type: Date, value, format: DAY_FORMAT };
  }
  if (typeof value === "number") return Number.isFinite(value) ? { type: Number, value } : null;
  if (typeof value === "boolean") return { type: String, value: value ? words.yes : words.no };
  return { type: String, value };
}

function width(column: Column<unknown>, texts: string[]) {
  if (column.width) return column.width;
  if (column.type === "instant") return 17;
  if (column.type === "day") return 12;
  const longest = Math.max(column.header.length, ...texts.map((t) => Math.min(t.length, 60)));
  return Math.max(8, Math.min(60, longest + 2));
}

/** The workbook with its header row filtered: write-excel-file has no autofilter, so it is added to the sheet. */
function withAutoFilter(xlsx: Uint8Array, columns: number, rows: number): Uint8Array {
  const files = unzipSync(xlsx);
  const name = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  if (!name || columns === 0) return xlsx;
  const last = columnName(columns - 1);
  const sheet = strFromU8(files[name]).replace("</sheetData>", `</sheetData><autoFilter ref="A1:${last}${rows}"/>`);
  files[name] = strToU8(sheet);
  return zipSync(files);
}

function columnName(index: number) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export async function toXlsx<T>(
  rows: T[],
  columns: Column<T>[],
  { sheet: sheetName, words }: { sheet: string; words: YesNo },
): Promise<Uint8Array> {
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  const header: Cell[] = columns.map((c) => ({ type: String, value: c.header, fontWeight: "bold" }));
  const body: Cell[][] = values.map((row) => row.map((value, i) => cell(value, columns[i].type, words)));
  const widths = columns.map((c, i) =>
    width(
      c as Column<unknown>,
      values.map((row) => (row[i] instanceof Date ? "" : String(row[i] ?? ""))),
    ),
  );
  const buffer = await writeXlsxFile([header, ...body], {
    sheet: sheetName.slice(0, 31),
    columns: widths.map((w) => ({ width: w })),
    stickyRowsCount: 1,
  }).toBuffer();
  return withAutoFilter(new Uint8Array(buffer), columns.length, rows.length + 1);
}

export function xlsxResponse(data: Uint8Array, filename: string): Response {
  return new Response(data as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
