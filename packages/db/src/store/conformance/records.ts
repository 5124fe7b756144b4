/** The generic record primitives: field mapping from the table definitions, versions, revisions, cascades. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

export function recordsConformance(open: OpenStore): void {
  describe("records", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(storeFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("stores JSON and boolean fields as the table definitions say, and reads them back", async () => {
      const person = await store.records.read("entities", ids.person);
      expect(person?.aliases).toEqual(["I. Fixture", "Fixer"]);
      expect(person?.fieldStatuses).toEqual({ rank: { status: "UNVERIFIED", confidence: 30 } });
      expect(person?.version).toBe(1);
      const citation = await store.records.read("citations", ids.citation);
      expect(citation?.isOrphaned).toBe(false);
      const annotation = await store.records.read("annotations", ids.annotation);
      expect(annotation?.tags).toEqual(["to-check"]);
    });

    it("updates bump the version, and a stale version matches nothing", async () => {
      const before = await store.records.read("entities", ids.person);
      const after = await store.write((tx) =>
        tx.records.update("entities", before as { id: string; version: number }, { aliases: [], rank: "Major" }),
      );
      expect(after.version).toBe(2);
      expect(after.aliases).toEqual([]);
      expect(after.rank).toBe("Major");
      await expect(
        store.write((tx) => tx.records.update("entities", before as { id: string; version: number }, { rank: "Colonel" })),
      ).rejects.toThrow(/matched no row/);
      expect((await store.records.read("entities", ids.person))?.rank).toBe("Major");
    });

    it("appends revisions with increasing ids, their JSON intact", async () => {
      const [first, second] = await store.write(async (tx) => [
        await tx.records.appendRevision({
          recordType: "Person",
          recordId: ids.person,
          caseId: ids.case,
          version: 1,
          action: "CREATE",
          actorId: null,
          changes: { name: { before: null, after: "Ivan Fixture" } },
          snapshot: { name: "Ivan Fixture" },
        }),
        await tx.records.appendRevision({
          recordType: "Person",
          recordId: ids.person,
          caseId: ids.case,
          version: 2,
          action: "DELETE",
          actorId: null,
          changes: {},
          snapshot: null,
        }),
      ]);
      expect(second).toBeGreaterThan(first as number);
      const revision = await store.records.read("revisions", first as number);
      expect(revision?.changes).toEqual({ name: { before: null, after: "Ivan Fixture" } });
      expect(revision?.snapshot).toEqual({ name: "Ivan Fixture" });
      expect((await store.records.read("revisions", second as number))?.snapshot).toBeNull();
    });

    it("finds the case of any record", async () => {
      const person = await store.records.read("entities", ids.person);
      expect(await store.records.caseIdOf("Person", person as Record<string, unknown>)).toBe(ids.case);
      const participant = await store.records.read("event_participants", ids.participant);
      expect(await store.records.caseIdOf("EventParticipant", participant as Record<string, unknown>)).toBe(ids.case);
      expect(await store.records.targetCaseId("RELATIONSHIP", ids.relationship)).toBeNull();
      expect(await store.records.targetCaseId("ENTITY", ids.person)).toBe(ids.case);
    });

    it("lists what a delete takes with it, parents before children", async () => {
      const caseRow = await store.records.read("cases", ids.case);
      const dependents = await store.records.dependentsOf("cases", caseRow as { id: string; version: number });
      expect(dependents.map((d) => d.row.id)).toEqual([ids.role, ids.event, ids.participant, ids.charge, ids.defendant]);
      const relationship = await store.records.read("relationships", ids.relationship);
      const cited = await store.records.dependentsOf("relationships", relationship as { id: string; version: number });
      expect(cited.map((d) => [d.table, d.row.id])).toEqual([["citations", ids.citation]]);
    });
  });
}
