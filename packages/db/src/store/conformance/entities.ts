/** The entity store: the directory, parent chains, what points at an entity, and a merge's reads. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EntityDirectoryQuery } from "../entities.js";
import type { Store as FullStore, StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

/** More entities around the fixture's: a unit of the fixture's organization, a duplicate of its person, and a merged-away one. */
export const entityIds = {
  unit: "org_subunit",
  duplicate: "person_duplicate",
  merged: "person_merged",
  duplicateRelationship: "rel_duplicate",
  duplicateParticipant: "par_duplicate",
  duplicateDefendant: "def_duplicate",
  duplicateRole: "role_duplicate",
  placedEvent: "evt_placed",
  place: "place_fixture",
} as const;

async function entitiesFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  const e = entityIds;
  await tx.records.insert("entities", {
    id: e.unit,
    kind: "ORGANIZATION",
    name: "Unit 00000 Second Department",
    organizationKind: "MILITARY_UNIT",
    parentId: ids.org,
  });
  await tx.records.insert("entities", {
    id: e.duplicate,
    kind: "PERSON",
    name: "Ivan Fixtura",
    description: "An officer with a forged passport.",
  });
  await tx.records.insert("entities", { id: e.merged, kind: "PERSON", name: "Ivan Fixed", mergedIntoId: ids.person });
  await tx.records.insert("entities", { id: e.place, kind: "PLACE", name: "Moscow", placeKind: "CITY" });
  await tx.records.insert("relationships", {
    id: e.duplicateRelationship,
    subjectId: e.duplicate,
    objectId: ids.org,
    predicate: "MEMBER_OF",
  });
  await tx.records.insert("event_participants", {
    id: e.duplicateParticipant,
    eventId: ids.event,
    entityId: e.duplicate,
    role: "ACTOR",
  });
  await tx.records.insert("charge_defendants", { id: e.duplicateDefendant, chargeId: ids.charge, entityId: e.duplicate });
  await tx.records.insert("case_roles", {
    id: e.duplicateRole,
    caseId: ids.case,
    entityId: e.duplicate,
    role: "DEFENDANT",
    position: 2,
  });
  await tx.records.insert("events", {
    id: e.placedEvent,
    caseId: ids.case,
    placeId: e.place,
    kind: "COMMUNICATION",
    title: "A meeting",
    date: "2016-04",
    datePrecision: "MONTH",
    rangeStart: "2016-04-01",
    rangeEnd: "2016-04-30",
  });
}

export function entitiesConformance(open: OpenStore): void {
  describe("entities", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(entitiesFixture);
    });
    afterEach(async () => {
      await close();
    });

    const page = (query: Partial<EntityDirectoryQuery>) =>
      store.entities.directoryPage({ orderBy: "name", isAscending: true, limit: 10, ...query });
    const names = async (query: Partial<EntityDirectoryQuery>) => {
      const result = await page(query);
      return { names: result.rows.map((r) => r.name), totalCount: result.totalCount };
    };

    it("reads one entity by id, merged duplicates included", async () => {
      expect((await store.entities.byId(ids.person))?.aliases).toEqual(["I. Fixture", "Fixer"]);
      expect((await store.entities.byId(entityIds.merged))?.mergedIntoId).toBe(ids.person);
      expect(await store.entities.byId("nobody")).toBeUndefined();
    });

    it("lists the directory by name, without merged duplicates, and counts all it keeps", async () => {
      expect(await names({})).toEqual({
        names: ["Ivan Fixtura", "Ivan Fixture", "Moscow", "Unit 00000", "Unit 00000 Second Department"],
        totalCount: 5,
      });
      expect(await names({ isAscending: false, limit: 2 })).toEqual({
        names: ["Unit 00000 Second Department", "Unit 00000"],
        totalCount: 5,
      });
    });

    it("filters by kind, status, citation, case and role", async () => {
      expect(await names({ kinds: ["ORGANIZATION"] })).toEqual({
        names: ["Unit 00000", "Unit 00000 Second Department"],
        totalCount: 2,
      });
      expect(await names({ kinds: ["PERSON", "PLACE", "ARTIFACT"] })).toEqual({
        names: ["Ivan Fixtura", "Ivan Fixture", "Moscow"],
        totalCount: 3,
      });
      expect((await names({ statuses: ["CONFIRMED"] })).totalCount).toBe(0);
      expect((await names({ statuses: ["ALLEGED"] })).totalCount).toBe(5);
      // The fixture's one citation is about a relationship: no entity is cited.
      expect((await names({ isUncited: false })).totalCount).toBe(0);
      expect((await names({ isUncited: true })).totalCount).toBe(5);
      expect(await names({ caseId: ids.case })).toEqual({ names: ["Ivan Fixtura", "Ivan Fixture"], totalCount: 2 });
      expect(await names({ roles: ["DEFENDANT"] })).toEqual({ names: ["Ivan Fixtura", "Ivan Fixture"], totalCount: 2 });
      expect((await names({ caseId: ids.case, roles: ["VICTIM"] })).totalCount).toBe(0);
    });

    it("pages by keyset after the (order field, id) of the last row, either way", async () => {
      const first = await page({ limit: 2 });
      expect(first.rows.map((r) => r.name)).toEqual(["Ivan Fixtura", "Ivan Fixture"]);
      const last = first.rows[1];
      const next = await page({ limit: 2, after: [last?.name ?? "", last?.id ?? ""] });
      expect(next.rows.map((r) => r.name)).toEqual(["Moscow", "Unit 00000"]);
      expect(next.totalCount).toBe(5);
      const back = await page({ limit: 2, isAscending: false, after: ["Moscow", entityIds.place] });
      expect(back.rows.map((r) => r.name)).toEqual(["Ivan Fixture", "Ivan Fixtura"]);
      const byCreation = await page({ orderBy: "createdAt", limit: 10 });
      expect(byCreation.rows).toHaveLength(5);
    });

    it("walks the parent chain of an organization", async () => {
      const unit = await store.entities.byId(entityIds.unit);
      const org = await store.entities.byId(ids.org);
      if (!unit || !org) throw new Error("fixture missing");
      expect(await store.entities.isInParentChain(unit, ids.org)).toBe(true);
      expect(await store.entities.isInParentChain(unit, entityIds.unit)).toBe(true);
      expect(await store.entities.isInParentChain(org, entityIds.unit)).toBe(false);
      expect(await store.entities.isInParentChain(unit, ids.org, 1)).toBe(false);
    });

    it("counts what still points at an entity", async () => {
      expect(await store.entities.references(ids.person)).toEqual({
        relationships: 1,
        eventParticipants: 1,
        charges: 1,
        caseRoles: 1,
        childOrganizations: 0,
        eventsPlaced: 0,
        mergedDuplicates: 1,
      });
      expect(await store.entities.references(ids.org)).toMatchObject({ relationships: 2, childOrganizations: 1 });
      expect(await store.entities.references(entityIds.place)).toMatchObject({ eventsPlaced: 1, relationships: 0 });
    });

    it("finds the links a merge moves, and the survivor's links they would duplicate", async () => {
      const d = entityIds;
      const [relationship] = await store.entities.linksTo("relationships", d.duplicate);
      expect(relationship?.id).toBe(d.duplicateRelationship);
      expect((await store.entities.linksTo("relationships", ids.org)).map((r) => r.id)).toEqual([
        d.duplicateRelationship,
        ids.relationship,
      ]);
      expect((await store.entities.linksTo("entities", ids.org)).map((r) => r.id)).toEqual([d.unit]);
      expect((await store.entities.linksTo("events", d.place)).map((r) => r.id)).toEqual([d.placedEvent]);
      const same = async (table: Parameters<Store["entities"]["linksTo"]>[0], id: string) => {
        const [row] = (await store.entities.linksTo(table, d.duplicate)).filter((r) => r.id === id);
        if (!row) throw new Error(`no ${table} ${id}`);
        return store.entities.sameLinkAs(table, row, ids.person, d.duplicate);
      };
      expect(await same("relationships", d.duplicateRelationship)).toBe(ids.relationship);
      expect(await same("event_participants", d.duplicateParticipant)).toBe(ids.participant);
      expect(await same("charge_defendants", d.duplicateDefendant)).toBe(ids.defendant);
      expect(await same("case_roles", d.duplicateRole)).toBe(ids.role);
      const [unit] = await store.entities.linksTo("entities", ids.org);
      if (!unit) throw new Error("no unit");
      expect(await store.entities.sameLinkAs("entities", unit, ids.person, ids.org)).toBeUndefined();
    });

    it("lists the provenance of a record, and the latest version its revisions recorded", async () => {
      expect((await store.entities.provenanceOf("citations", "RELATIONSHIP", ids.relationship)).map((r) => r.id)).toEqual([
        ids.citation,
      ]);
      expect((await store.entities.provenanceOf("annotations", "ENTITY", ids.person)).map((r) => r.id)).toEqual([ids.annotation]);
      expect(await store.entities.provenanceOf("citations", "ENTITY", ids.person)).toEqual([]);
      expect(await store.entities.latestRecordedVersion(ids.person)).toBeNull();
      await store.write(async (tx) => {
        for (const version of [1, 3, 2]) {
          await tx.records.appendRevision({
            recordType: "Person",
            recordId: ids.person,
            caseId: ids.case,
            version,
            action: "UPDATE",
            actorId: null,
            changes: {},
            snapshot: null,
          });
        }
      });
      expect(await store.entities.latestRecordedVersion(ids.person)).toBe(3);
    });
  });
}

/** The directory's text filter, which comes from the store's search index. */
export function entityDirectoryTextConformance(open: OpenStore<FullStore>): void {
  describe("entity directory text filter", () => {
    let store: FullStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(entitiesFixture);
    });
    afterEach(async () => {
      await close();
    });

    const names = async (query: Partial<EntityDirectoryQuery>) => {
      const result = await store.entities.directoryPage({ orderBy: "name", isAscending: true, limit: 10, ...query });
      return { names: result.rows.map((r) => r.name), totalCount: result.totalCount };
    };

    it("filters by name and alias (the last word a prefix) or description (whole words)", async () => {
      const fix = store.search.directoryFilter("Fix");
      expect(fix).not.toBeNull();
      expect(await names({ text: fix })).toEqual({ names: ["Ivan Fixtura", "Ivan Fixture"], totalCount: 2 });
      expect(await names({ text: store.search.directoryFilter("fixer") })).toEqual({ names: ["Ivan Fixture"], totalCount: 1 });
      expect(await names({ text: store.search.directoryFilter("passport") })).toEqual({
        names: ["Ivan Fixtura"],
        totalCount: 1,
      });
      // Merged duplicates are not counted, by a name filter alone or with other filters.
      expect((await names({ text: store.search.directoryFilter("Ivan") })).totalCount).toBe(2);
      expect(await names({ text: store.search.directoryFilter("unit"), kinds: ["ORGANIZATION"] })).toEqual({
        names: ["Unit 00000", "Unit 00000 Second Department"],
        totalCount: 2,
      });
      expect(await names({ text: store.search.directoryFilter("unit"), orderBy: "createdAt", limit: 1 })).toMatchObject({
        totalCount: 2,
      });
      expect(store.search.directoryFilter(" ?! ")).toBeNull();
    });
  });
}
