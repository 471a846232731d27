import { strFromU8, unzipSync } from "fflate";
import { toCsv } from "@/lib/csv";
import { toXlsx } from "@/lib/xlsx";

const rows = [
  { name: "Olot", people: 3, note: '=HYPERLINK("http://x")' },
  { name: "L'Hospitalet & Prat <nord>", people: 0, note: null },
];
const columns = [
  { header: "Municipi", value: (r: (typeof rows)[number]) => r.name },
  { header: "Persones", value: (r: (typeof rows)[number]) => r.people },
  { header: "Nota", value: (r: (typeof rows)[number]) => r.note },
];

describe("exports", () => {
  it("XLSX: a valid workbook with a header row, numbers as numbers and text never run as a formula", () => {
    const files = unzipSync(toXlsx(rows, columns, "Municipis"));
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    expect(sheet.match(/<row /g)).toHaveLength(3);
    expect(sheet).toContain('<c r="B2"><v>3</v></c>');
    expect(sheet).toContain("L'Hospitalet &amp; Prat &lt;nord&gt;");
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t>');
    expect(sheet).not.toContain("<f>");
    expect(strFromU8(files["xl/workbook.xml"])).toContain('name="Municipis"');
  });

  it("CSV: BOM, semicolons, quoting and formulas neutralised", () => {
    const csv = toCsv(rows, columns);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Municipi;Persones;Nota");
    expect(lines[1]).toBe(`Olot;3;"'=HYPERLINK(""http://x"")"`);
    expect(lines[2]).toBe("L'Hospitalet & Prat <nord>;0;");
  });
});
