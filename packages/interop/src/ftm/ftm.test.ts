import { loadBundle } from "@casefile/db/seed";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InteropError } from "../errors.js";
import { type TempStores, tableCounts, tempStores } from "../test/support.js";
import {
  checkFtmEntities,
  exportCaseFtm,
  type FtmEntity,
  ftmSchemata,
  importFtm,
  parseFtmStream,
  propertiesOf,
  toFtmJsonLines,
} from "./index.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

const emptyCase = {
  format: "casefile-bundle",
  version: 1,
  cases: [{ id: "case-copy", slug: "case-copy", caption: "United States v. Netyksho (copy)", status: "INDICTED" }],
};

describe("FtM export", () => {
  it("emits only entities valid against the schema table, with stable ids", async () => {
    const store = stores.seeded();
    const { entities, skipped } = await exportCaseFtm(store, "us-v-netyksho");
    expect(checkFtmEntities(entities)).toEqual([]);

    // Every value is an array of strings, every property is allowed for its schema.
    for (const e of entities) {
      const allowed = propertiesOf(e.schema);
      for (const [property, values] of Object.entries(e.properties)) {
        expect(allowed[property], `${e.schema}.${property}`).toBeDefined();
        expect(values.every((v) => typeof v === "string" && v.length > 0)).toBe(true);
      }
      expect(ftmSchemata[e.schema]?.abstract).toBeFalsy();
    }
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.get("casefile-person-netyksho")).toMatchObject({
      schema: "Person",
      properties: { name: ["Viktor Borisovich Netyksho"], nationality: ["ru"], position: ["Commander of Military Unit 26165"] },
    });
    expect(byId.get("casefile-org-unit-26165")).toMatchObject({
      schema: "PublicBody",
      properties: { topics: ["mil"], parent: ["casefile-org-gru"], country: ["ru"] },
    });
    expect(byId.get("casefile-org-unit-26165")?.properties.alias).toContain("Fancy Bear");
    expect(byId.get("casefile-persona-guccifer-2")?.schema).toBe("UserAccount");
    expect(byId.get("casefile-place-helsinki")).toMatchObject({
      schema: "Address",
      properties: { city: ["Helsinki"], country: ["fi"] },
    });
    expect(byId.get("casefile-case-us-v-netyksho")).toMatchObject({
      schema: "CourtCase",
      properties: { caseNumber: ["1:18-cr-00215"], fileDate: ["2018-07-13"] },
    });
    // Partial dates stay partial: "2016-03" is not given a day.
    const spearphishing = byId.get("casefile-event-event-2016-03-clinton-campaign-spearphishing");
    expect(spearphishing?.properties.startDate).toEqual(["2016-03"]);

    const count = (schema: string) => entities.filter((e) => e.schema === schema).length;
    expect(count("Person")).toBe(19);
    expect(count("Membership")).toBe(12);
    expect(count("Directorship")).toBe(2);
    expect(count("Employment")).toBe(3);
    expect(count("CourtCaseParty")).toBeGreaterThanOrEqual(36);
    expect(count("Documentation")).toBeGreaterThan(100);
    // Twelve defendants, each a party with the counts they are charged in.
    const defendants = entities.filter((e) => e.schema === "CourtCaseParty" && e.properties.role?.[0] === "defendant");
    expect(defendants).toHaveLength(12);
    expect(
      defendants.every(
        (d) => d.properties.description?.[0]?.includes("count 1") || d.properties.description?.[0]?.includes("count 11"),
      ),
    ).toBe(true);
    // Malware and tools have no FtM schema: they are reported, with their links.
    expect(skipped.map((s) => s.id)).toEqual(expect.arrayContaining(["artifact-x-agent", "rel-unit-26165-operates-x-agent"]));

    // The same case exports to the same stream.
    expect(toFtmJsonLines((await exportCaseFtm(store, "us-v-netyksho")).entities)).toBe(toFtmJsonLines(entities));
  });

  it("checks entities against the table and says what is wrong", () => {
    const bad: FtmEntity[] = [
      { id: "a", schema: "Person", properties: { name: ["A"], birthDate: ["13/07/2018"], shoeSize: ["42"] } },
      { id: "b", schema: "Membership", properties: { member: ["a"], organization: ["a"] } },
      { id: "c", schema: "Spaceship", properties: {} },
      { id: "d", schema: "Thing", properties: { name: ["D"] } },
      { id: "e_", schema: "Person", properties: { name: ["E"], nationality: ["Russia"] } },
      { id: "f", schema: "UnknownLink", properties: { subject: ["a"], object: ["missing"] } },
    ];
    const messages = checkFtmEntities(bad).map((i) => `${i.id}${i.property ? `.${i.property}` : ""}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^a\.birthDate: .*not an ISO date/),
        expect.stringMatching(/^a\.shoeSize: .*not allowed/),
        expect.stringMatching(/^b\.organization: refers to a Person, but must refer to a Organization/),
        expect.stringMatching(/^c: unknown schema/),
        expect.stringMatching(/^d: .*abstract/),
        expect.stringMatching(/^e_: .*not a valid FtM id/),
        expect.stringMatching(/^e_\.nationality: .*country code/),
        expect.stringMatching(/^f\.object: refers to "missing", which is not in the stream/),
      ]),
    );
  });
});

describe("FtM import", () => {
  it("re-importing a case's own export changes nothing: everything is matched by id", async () => {
    const store = stores.seeded();
    const before = await tableCounts(store);
    const stream = toFtmJsonLines((await exportCaseFtm(store, "us-v-netyksho")).entities);
    const report = await importFtm(store, "us-v-netyksho", stream);
    expect(report.created).toEqual([]);
    expect(report.possibleDuplicates).toEqual([]);
    // Annotations (FtM Notes) are matched by id and restated unchanged.
    expect(report.rows).toMatchObject({ created: 0, updated: 0 });
    expect(report.matched.length).toBeGreaterThan(300);
    expect(await tableCounts(store)).toEqual(before);
  });

  it("imports a case's export into an empty database, keeping ids, facts and quotes", async () => {
    const source = stores.seeded("source");
    const target = stores.open("target");
    loadBundle(target, emptyCase);
    const { entities } = await exportCaseFtm(source, "us-v-netyksho");
    const report = await importFtm(target, "case-copy", toFtmJsonLines(entities));
    expect(report.possibleDuplicates).toEqual([]);
    expect(report.skipped).toEqual([]);

    const q = (sql: string, ...params: unknown[]) => target.sqlite.prepare(sql).all(...params);
    // Entities keep their Casefile ids, kinds and facts.
    expect(q("SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY kind")).toEqual([
      { kind: "ONLINE_PERSONA", n: 2 },
      { kind: "ORGANIZATION", n: 13 },
      { kind: "PERSON", n: 19 },
      { kind: "PLACE", n: 3 },
    ]);
    const person =
      "SELECT name, aliases, description, nationality, position, rank, status, confidence FROM entities WHERE id = ?";
    for (const id of ["person-yermakov", "person-kozachek", "person-malyshev"]) {
      expect(q(person, id)).toEqual(source.sqlite.prepare(person).all(id));
    }
    expect(q("SELECT organization_kind, parent_id, country FROM entities WHERE id = 'org-unit-26165'")).toEqual([
      { organization_kind: "MILITARY_UNIT", parent_id: "org-gru", country: "Russia" },
    ]);
    // The twelve defendants are defendants of the new case.
    expect(q("SELECT count(*) AS n FROM case_roles WHERE case_id = 'case-copy' AND role = 'DEFENDANT'")).toEqual([{ n: 12 }]);
    // Links keep their kind, ends and dates.
    const relationships = (s: typeof target) =>
      s.sqlite.prepare("SELECT id, subject_id, predicate, object_id, start_date, status FROM relationships ORDER BY id").all();
    expect(relationships(target)).toEqual(
      (relationships(source) as { subject_id: string; object_id: string }[]).filter(
        (r) => !r.subject_id.startsWith("artifact-") && !r.object_id.startsWith("artifact-"),
      ),
    );
    // Events keep their partial dates and places; quotes are anchored in the imported article.
    expect(q("SELECT date, date_precision, place_id FROM events WHERE id = 'event-2016-07-sboe-website-hacked'")).toEqual([
      { date: "2016-07", date_precision: "MONTH", place_id: "place-illinois" },
    ]);
    const quoted = q(
      "SELECT exact, start_offset, end_offset FROM citations WHERE exact IS NOT NULL ORDER BY start_offset LIMIT 1",
    ) as {
      exact: string;
      start_offset: number;
      end_offset: number;
    }[];
    const text = target.sqlite.prepare("SELECT text FROM sources WHERE id = 'src-article'").pluck().get() as string;
    expect(text.slice(quoted[0]?.start_offset, quoted[0]?.end_offset)).toBe(quoted[0]?.exact);

    // Importing the same stream again finds everything and writes nothing.
    const before = await tableCounts(target);
    const again = await importFtm(target, "case-copy", toFtmJsonLines(entities));
    expect(again.created).toEqual([]);
    expect(await tableCounts(target)).toEqual(before);
  });

  it("reports same-name entities as possible duplicates and never merges them", async () => {
    const store = stores.seeded();
    const stream: FtmEntity[] = [
      { id: "os-1", schema: "Person", properties: { name: ["VIKTOR BORISOVICH NETYKSHÖ"], birthDate: ["1979-08-17"] } },
      { id: "os-2", schema: "Person", properties: { name: ["James Smith"], alias: ["Kate S. Milton"] } },
      { id: "os-3", schema: "Person", properties: { name: ["Jane Roe"] } },
      { id: "os-4", schema: "Person", properties: { name: ["jane roe"] } },
      {
        id: "os-5",
        schema: "Membership",
        properties: { member: ["os-1"], organization: ["casefile-org-unit-26165"], role: ["officer"] },
      },
    ];
    const dry = await importFtm(store, "us-v-netyksho", stream, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.rows.created).toBeGreaterThan(0);
    expect(store.sqlite.prepare("SELECT count(*) FROM entities WHERE id LIKE 'ftm:%'").pluck().get()).toBe(0);

    const report = await importFtm(store, "us-v-netyksho", stream);
    expect(report.created.filter((r) => r.recordType === "ENTITY").map((r) => r.casefileId)).toEqual([
      "ftm:os-1",
      "ftm:os-2",
      "ftm:os-3",
      "ftm:os-4",
    ]);
    const duplicates = Object.fromEntries(report.possibleDuplicates.map((d) => [d.ftmId, d.candidates]));
    expect(duplicates["os-1"]).toEqual([
      expect.objectContaining({
        casefileId: "person-netyksho",
        isInStream: false,
        reasons: ['name "VIKTOR BORISOVICH NETYKSHÖ" equals the name "Viktor Borisovich Netyksho" of person-netyksho'],
      }),
    ]);
    expect(duplicates["os-2"]?.[0]).toMatchObject({
      casefileId: "person-yermakov",
      reasons: [expect.stringContaining('alias "Kate S. Milton"')],
    });
    expect(duplicates["os-3"]?.[0]).toMatchObject({ casefileId: "ftm:os-4", isInStream: true });
    // The stored entity is untouched; the new one is separate, unverified, and in the case.
    expect(store.sqlite.prepare("SELECT version, birth_date FROM entities WHERE id = 'person-netyksho'").get()).toEqual({
      version: 1,
      birth_date: null,
    });
    expect(store.sqlite.prepare("SELECT status, birth_date FROM entities WHERE id = 'ftm:os-1'").get()).toEqual({
      status: "UNVERIFIED",
      birth_date: "1979-08-17",
    });
    expect(store.sqlite.prepare("SELECT role FROM case_roles WHERE entity_id = 'ftm:os-1'").pluck().all()).toEqual(["OTHER"]);
    expect(
      store.sqlite.prepare("SELECT subject_id, predicate, object_id FROM relationships WHERE id = 'ftm:os-5'").get(),
    ).toEqual({
      subject_id: "ftm:os-1",
      predicate: "MEMBER_OF",
      object_id: "org-unit-26165",
    });

    // After review, a resolution matches the incoming entity to the stored one instead.
    const resolved = await importFtm(
      store,
      "us-v-netyksho",
      [{ id: "os-9", schema: "Person", properties: { name: ["V. B. Netyksho"] } }],
      {
        resolutions: { "os-9": "person-netyksho" },
      },
    );
    expect(resolved.matched).toEqual([
      expect.objectContaining({ ftmId: "os-9", casefileId: "person-netyksho", matchedBy: "resolution" }),
    ]);
    expect(resolved.created).toEqual([]);
  });

  it("refuses a broken stream with every problem and writes nothing", async () => {
    const store = stores.seeded();
    const before = await tableCounts(store);
    const broken =
      '{"id":"x","schema":"Person","properties":{"name":["X"]}}\nnot json\n{"schema":"Person"}\n{"id":"y","schema":"Person","properties":{"name":[42]}}\n';
    let error: unknown;
    try {
      await importFtm(store, "us-v-netyksho", broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InteropError);
    expect((error as InteropError).code).toBe("BAD_USER_INPUT");
    expect((error as InteropError).details.issues?.map((i) => i.path)).toEqual(["line 2", "line 3.id", "line 4.properties.name"]);
    expect(await tableCounts(store)).toEqual(before);
    await expect(importFtm(store, "no-such-case", "")).rejects.toThrow(/Case "no-such-case" was not found/);
  });

  it("combines fragments of one entity, as FtM streams may split them", () => {
    const entities = parseFtmStream(
      '{"id":"p","schema":"Person","properties":{"name":["P"]}}\n{"id":"p","schema":"Person","properties":{"alias":["Q"],"name":["P"]}}\n',
    );
    expect(entities).toEqual([{ id: "p", schema: "Person", properties: { name: ["P"], alias: ["Q"] } }]);
  });
});
