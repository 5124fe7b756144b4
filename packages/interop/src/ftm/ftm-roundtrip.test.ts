/** What survives a FollowTheMoney round trip: export a case, import it into another database. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TempStores, tempStores } from "../test/support.js";
import { exportCaseFtm, importFtm, toFtmJsonLines } from "./index.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

/** Exports us-v-netyksho from a seeded database and imports it into an empty one. */
function roundTrip() {
  const source = stores.seeded("source");
  const target = stores.open("target");
  const stream = toFtmJsonLines(exportCaseFtm(source, "us-v-netyksho").entities);
  const report = importFtm(target, "us-v-netyksho", stream);
  const rows = (store: typeof source, sql: string) => store.sqlite.prepare(sql).all();
  return { source, target, report, rows };
}

describe("an FtM round trip into a database without the case", () => {
  it("creates the case the stream carries", () => {
    const { source, target, report, rows } = roundTrip();
    const caseColumns = "SELECT id, slug, caption, short_title, docket_number, court, status, filed_date, summary FROM cases";
    expect(rows(target, caseColumns)).toEqual(rows(source, `${caseColumns} WHERE slug = 'us-v-netyksho'`));
    // FtM's `country` holds a country, not "United States (federal)".
    expect(rows(target, "SELECT jurisdiction FROM cases")).toEqual([{ jurisdiction: "United States" }]);
    expect(report.created).toContainEqual(expect.objectContaining({ schema: "CourtCase", casefileId: "us-v-netyksho" }));
  });
});
