import readXlsxFile from "read-excel-file/node";
import { toCsv, type Column } from "@/lib/csv";
import { toXlsx } from "@/lib/xlsx";

const words = { yes: "Sí", no: "No" };

type Row = { name: string; people: number; score: number; note: string | null; day: Date; at: Date; ok: boolean };
const rows: Row[] = [
  {
    name: "Olot",
    people: 3,
    score: 82.5,
    note: '=HYPERLINK("http://x")',
    day: new Date(Date.UTC(2026, 11, 30)),
    at: new Date("2026-12-30T09:00:00Z"), // 10:00 in Madrid
    ok: true,
  },
  {
    name: "L'Hospitalet & Prat <nord>",
    people: 0,
    score: 0,
    note: null,
    day: new Date(Date.UTC(2027, 6, 1)),
    at: new Date("2027-07-01T16:30:00Z"), // 18:30 in Madrid (summer time)
    ok: false,
  },
];
const columns: Column<Row>[] = [
  { header: "Municipi", value: (r) => r.name },
  { header: "Persones", value: (r) => r.people },
  { header: "Puntuació", value: (r) => r.score },
  { header: "Nota", value: (r) => r.note },
  { header: "Dia", value: (r) => r.day, type: "day" },
  { header: "Moment", value: (r) => r.at, type: "instant" },
  { header: "Fet", value: (r) => r.ok },
];

describe("exports", () => {
  it("XLSX, read back by an independent reader: dates are dates, numbers numbers, text never a formula", async () => {
    const data = await toXlsx(rows, columns, { sheet: "Municipis", words });
    const sheets = await readXlsxFile(Buffer.from(data));
    const [{ sheet, data: cells }] = sheets as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheet).toBe("Municipis");
    expect(cells[0]).toEqual(["Municipi", "Persones", "Puntuació", "Nota", "Dia", "Moment", "Fet"]);
    expect(cells[1]).toEqual([
      "Olot",
      3,
      82.5,
      '=HYPERLINK("http://x")',
      new Date(Date.UTC(2026, 11, 30)),
      new Date(Date.UTC(2026, 11, 30, 10, 0)),
      "Sí",
    ]);
    expect(cells[2][0]).toBe("L'Hospitalet & Prat <nord>");
    expect(cells[2][3]).toBeNull();
    // A time is a fraction of a day in the file: read back to the minute.
    expect(Math.round((cells[2][5] as Date).getTime() / 60_000)).toBe(Date.UTC(2027, 6, 1, 18, 30) / 60_000);
  });

  it("XLSX: a frozen, filtered header row and column widths", async () => {
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(await toXlsx(rows, columns, { sheet: "Municipis", words }));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<autoFilter ref="A1:G3"/>');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<col [^>]*width=/);
    expect(sheet).not.toContain("<f>");
  });

  it("CSV: BOM, semicolons, ISO dates in Madrid time, decimal commas, quoting and formulas neutralised", () => {
    const csv = toCsv(rows, columns, words);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Municipi;Persones;Puntuació;Nota;Dia;Moment;Fet");
    expect(lines[1]).toBe(`Olot;3;82,5;"'=HYPERLINK(""http://x"")";2026-12-30;2026-12-30 10:00;Sí`);
    expect(lines[2]).toBe("L'Hospitalet & Prat <nord>;0;0;;2027-07-01;2027-07-01 18:30;No");
  });
});
