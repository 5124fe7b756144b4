/** The history store: pages of a record's revisions or a case's activity, and what a restore reads. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { revisionFields } from "../history.js";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const entityTypes = ["Person", "Organization", "OnlinePersona", "Place", "Artifact"];

/** Revision ids, in the order written: the person's (CREATE, then UPDATE as an Organization), the case's, the org's. */
let revisionIds: number[] = [];

async function historyFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  const revision = {
    changes: {},
    snapshot: null,
    actorId: null,
    action: "CREATE" as const,
    version: 1,
  };
  revisionIds = [
    await tx.records.appendRevision({
      ...revision,
      recordType: "Person",
      recordId: ids.person,
      caseId: ids.case,
      createdAt: "2020-01-01T00:00:00.000Z",
    }),
    await tx.records.appendRevision({ ...revision, recordType: "Case", recordId: ids.case, caseId: ids.case }),
    await tx.records.appendRevision({
      ...revision,
      recordType: "Organization",
      recordId: ids.person,
      caseId: ids.case,
      action: "UPDATE",
      version: 2,
      createdAt: "2020-02-01T00:00:00.000Z",
    }),
    await tx.records.appendRevision({ ...revision, recordType: "Organization", recordId: ids.org, caseId: null }),
  ];
}

export function historyConformance(open: OpenStore): void {
  describe("history", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(historyFixture);
    });
    afterEach(async () => {
      await close();
    });

    const [personCreated, caseCreated, personUpdated, orgCreated] = [0, 1, 2, 3];
    const idsOf = (rows: { id: number }[]) => rows.map((r) => r.id);

    it("pages every revision newest first, one more than asked, with the number matching", async () => {
      const page = await store.history.pageOfRevisions({}, null, 2);
      expect(page.total).toBe(4);
      expect(idsOf(page.rows)).toEqual([orgCreated, personUpdated, caseCreated].map((i) => revisionIds[i]));
      const next = await store.history.pageOfRevisions({}, revisionIds[caseCreated] as number, 2);
      expect(next.total).toBe(4);
      expect(idsOf(next.rows)).toEqual([revisionIds[personCreated]]);
    });

    it("pages one record's revisions under any of its type names, and one case's", async () => {
      const person = await store.history.pageOfRevisions({ record: { id: ids.person, types: entityTypes } }, null, 10);
      expect(person.total).toBe(2);
      expect(idsOf(person.rows)).toEqual([personUpdated, personCreated].map((i) => revisionIds[i]));
      const asPerson = await store.history.pageOfRevisions({ record: { id: ids.person, types: ["Person"] } }, null, 10);
      expect(idsOf(asPerson.rows)).toEqual([revisionIds[personCreated]]);
      const ofCase = await store.history.pageOfRevisions({ caseId: ids.case }, revisionIds[personUpdated] as number, 10);
      expect(ofCase.total).toBe(3);
      expect(idsOf(ofCase.rows)).toEqual([caseCreated, personCreated].map((i) => revisionIds[i]));
    });

    it("tells the latest version, the first revision's time and the newest revision of a record", async () => {
      expect(await store.history.latestVersion(ids.person, entityTypes)).toBe(2);
      expect(await store.history.latestVersion(ids.person, ["Person"])).toBe(1);
      expect(await store.history.latestVersion("nothing", ["Case"])).toBe(0);
      expect(await store.history.firstCreatedAt(ids.person)).toBe("2020-01-01T00:00:00.000Z");
      expect(await store.history.firstCreatedAt("nothing")).toBeUndefined();
      expect(await store.history.lastRevisionId(ids.person)).toBe(revisionIds[personUpdated]);
      expect(await store.history.lastRevisionId("nothing")).toBeUndefined();
    });

    it("writes a record back from a revision's stored fields, refusing a field its table does not have", async () => {
      const person = await store.records.read("entities", ids.person);
      const { id: _, version: __, ...stored } = JSON.parse(JSON.stringify(person)) as Record<string, unknown>;
      const restored = await store.write((tx) =>
        tx.records.insert("entities", { ...revisionFields("entities", stored), id: "person_copy", name: "Copy" }),
      );
      expect(restored).toMatchObject({ aliases: ["I. Fixture", "Fixer"], rank: "Captain", name: "Copy" });
      expect(() => revisionFields("entities", { ...stored, slug: "no" })).toThrow(/slug/);
    });
  });
}
