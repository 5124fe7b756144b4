/** What survives a FollowTheMoney round trip: export a case, import it into another database. */
import { loadBundle } from "@casefile/db/seed";
import { newLocalId } from "@casefile/schema/ids";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TempStores, tempStores } from "../test/support.js";
import { exportCaseFtm, importFtm, toFtmJsonLines } from "./index.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

/** Exports us-v-netyksho from a seeded database and imports it into an empty one. */
async function roundTrip() {
  const source = stores.seeded("source");
  const target = stores.open("target");
  const stream = toFtmJsonLines((await exportCaseFtm(source, "us-v-netyksho")).entities);
  const report = await importFtm(target, "us-v-netyksho", stream);
  const rows = (store: typeof source, sql: string) => store.sqlite.prepare(sql).all();
  return { source, target, report, rows };
}

describe("an FtM round trip into a database without the case", () => {
  it("creates the case the stream carries", async () => {
    const { source, target, report, rows } = await roundTrip();
    const caseColumns = "SELECT id, slug, caption, short_title, docket_number, court, status, filed_date, summary FROM cases";
    expect(rows(target, caseColumns)).toEqual(rows(source, `${caseColumns} WHERE slug = 'us-v-netyksho'`));
    // FtM's `country` holds a country, not "United States (federal)".
    expect(rows(target, "SELECT jurisdiction FROM cases")).toEqual([{ jurisdiction: "United States" }]);
    expect(report.created).toContainEqual(expect.objectContaining({ schema: "CourtCase", casefileId: "us-v-netyksho" }));
  });
});

describe("what the round trip keeps", () => {
  it("keeps the counts and their defendant links, with their statuses", async () => {
    const { source, target, rows } = await roundTrip();
    const counts = "SELECT count_number, title, statute, status, confidence FROM charges ORDER BY count_number";
    expect(rows(target, counts)).toEqual(
      rows(source, counts.replace("FROM charges", "FROM charges WHERE case_id = 'us-v-netyksho'")),
    );
    const links =
      "SELECT c.count_number, d.entity_id, d.status, d.confidence FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = 'us-v-netyksho' ORDER BY 1, 2";
    expect(rows(target, links)).toEqual(rows(source, links));
    expect(rows(target, links).length).toBeGreaterThan(100);
  });

  it("keeps the defendants' order and the entities' field statuses", async () => {
    const { source, target, rows } = await roundTrip();
    const order =
      "SELECT entity_id, position FROM case_roles WHERE case_id = 'us-v-netyksho' AND role = 'DEFENDANT' ORDER BY position";
    expect(rows(target, order)).toEqual(rows(source, order));
    const statuses = "SELECT id, field_statuses FROM entities WHERE field_statuses <> '{}' ORDER BY id";
    const kept = rows(source, statuses);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toContainEqual(
      expect.objectContaining({ id: "person-malyshev", field_statuses: expect.stringContaining('"rank":{"status":"DISPUTED"') }),
    );
    // Only entities FtM can hold come back (malware has no FtM schema).
    expect(rows(target, statuses)).toEqual((kept as { id: string }[]).filter((r) => !r.id.startsWith("artifact-")));
  });

  it("keeps the annotations of things (case, entities, sources, events) as FtM Notes, and says which it leaves out", async () => {
    const { source, target, report, rows } = await roundTrip();
    const notes =
      "SELECT id, target_type, target_id, body, tags, status FROM annotations WHERE parent_id IS NULL AND target_type IN ('CASE', 'ENTITY', 'SOURCE', 'EVENT') ORDER BY id";
    const onThings = (rows(source, notes) as { target_id: string }[]).filter((a) => !a.target_id.startsWith("artifact-"));
    expect(onThings.length).toBeGreaterThan(0);
    expect(rows(target, notes)).toEqual(onThings);
    // Annotations on charges (not things in FtM) are reported as left out, by the export.
    const { skipped } = await exportCaseFtm(source, "us-v-netyksho");
    expect(skipped.filter((s) => s.recordType === "ANNOTATION")).toContainEqual(
      expect.objectContaining({ reason: expect.stringContaining("FtM notes attach to things only") }),
    );
    expect(report.skipped.filter((s) => s.schema === "Note")).toEqual([]);
  });

  it("gives an entity created through the API a stable FtM id that reads back to it, never a duplicate of itself", async () => {
    const store = stores.seeded();
    const id = newLocalId("entity"); // the API's id form, with an underscore FtM ids cannot hold
    loadBundle(store, {
      format: "casefile-bundle",
      version: 1,
      entities: [
        {
          id,
          kind: "PERSON",
          name: "Kate S. Milton",
          roles: [{ case: "us-v-netyksho", role: "OTHER", status: "REPORTED", confidence: 60 }],
        },
      ],
    });
    const first = (await exportCaseFtm(store, "us-v-netyksho")).entities.find((e) =>
      e.properties.name?.includes("Kate S. Milton"),
    );
    expect(first?.id).toBe(`casefile-${id.replace("_", "U")}`);
    expect((await exportCaseFtm(store, "us-v-netyksho")).entities.find((e) => e.id === first?.id)).toEqual(first);

    const report = await importFtm(
      store,
      "us-v-netyksho",
      toFtmJsonLines((await exportCaseFtm(store, "us-v-netyksho")).entities),
    );
    expect(report.possibleDuplicates).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.matched).toContainEqual(expect.objectContaining({ casefileId: id, matchedBy: "id" }));
  });
});
