import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { csvCell, csvRecordTypes, exportCsv, toCsv } from "./csv.js";
import { InteropError } from "./errors.js";
import { type TempStores, tempStores } from "./test/support.js";

/** A strict RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let isQuoted = false;
  while (i < csv.length) {
    const c = csv[i] as string;
    if (isQuoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') isQuoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === "") isQuoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
    i++;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

describe("CSV", () => {
  it("quotes per RFC 4180 and defuses formulas", () => {
    expect(csvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(["+1", "-2", "@SUM(A1)", "\tx"].map(csvCell)).toEqual(["'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    const csv = toCsv([{ header: "a", value: (r: { a: string }) => r.a }], [{ a: "x,y" }, { a: 'q"' }, { a: "line\nbreak" }]);
    expect(parseCsv(csv)).toEqual([["a"], ["x,y"], ['q"'], ["line\nbreak"]]);
  });

  it("exports every record type of a case with a header and one row per record", async () => {
    const store = stores.seeded();
    const expectedRows: Record<string, number> = {
      entities: 40,
      relationships: 32,
      events: 13,
      charges: 11,
      sources: 10,
    };
    for (const type of csvRecordTypes) {
      const rows = parseCsv(await exportCsv(store, type, { caseSlug: "us-v-netyksho" }));
      const [header, ...body] = rows;
      expect(header?.[0], type).toBe("id");
      expect(
        body.every((r) => r.length === header?.length),
        type,
      ).toBe(true);
      if (expectedRows[type] !== undefined) expect(body.length, type).toBe(expectedRows[type]);
    }
    const charges = parseCsv(await exportCsv(store, "charges", { caseSlug: "us-v-netyksho" }));
    const header = charges[0] as string[];
    const count11 = charges.find((r) => r[2] === "11") as string[];
    expect(count11[header.indexOf("defendants")]).toBe(
      "Aleksandr Vladimirovich Osadchuk (ALLEGED); Anatoliy Sergeyevich Kovalev (ALLEGED)",
    );
    // Whole database: the other case's records come too.
    expect(parseCsv(await exportCsv(store, "events")).length).toBe(15);
  });

  it("defuses a formula typed into a record", async () => {
    const store = stores.seeded();
    store.sqlite.prepare("UPDATE entities SET description = '=cmd|'' /C calc''!A0' WHERE id = 'person-badin'").run();
    const rows = parseCsv(await exportCsv(store, "entities", { caseSlug: "us-v-netyksho" }));
    const header = rows[0] as string[];
    const badin = rows.find((r) => r[0] === "person-badin") as string[];
    expect(badin[header.indexOf("description")]).toBe("'=cmd|' /C calc'!A0");
  });

  it("refuses an unknown case or record type", async () => {
    const store = stores.seeded();
    await expect(exportCsv(store, "entities", { caseSlug: "nope" })).rejects.toThrow(InteropError);
    await expect(exportCsv(store, "widgets" as never)).rejects.toThrow(/unknown record type/);
  });
});
