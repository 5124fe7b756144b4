/** What data interchange reads and writes: case scopes, records in export order, mention suggestions, FtM import lookups. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = {
  parent: "org_parent_interop",
  place: "place_interop",
  merged: "person_merged_interop",
  mergedRole: "role_merged_interop",
  event: "evt_interop",
  entityCitation: "cit_entity_interop",
  participantCitation: "cit_participant_interop",
  source: "src_interop",
} as const;

/** The fixture, plus a parent organization, a place of an event, a merged-away duplicate and citations of entities. */
async function interopFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("entities", {
    id: more.parent,
    kind: "ORGANIZATION",
    name: "Main Directorate",
    organizationKind: "MILITARY_UNIT",
  });
  const org = await tx.records.read("entities", ids.org);
  await tx.records.update("entities", org as { id: string; version: number }, { parentId: more.parent });
  await tx.records.insert("entities", { id: more.place, kind: "PLACE", name: "Moscow", placeKind: "CITY" });
  await tx.records.insert("entities", { id: more.merged, kind: "PERSON", name: "Ivan Fixture", mergedIntoId: ids.person });
  await tx.records.insert("case_roles", {
    id: more.mergedRole,
    caseId: ids.case,
    entityId: more.merged,
    role: "DEFENDANT",
    position: 2,
  });
  await tx.records.insert("events", {
    id: more.event,
    caseId: ids.case,
    kind: "OTHER",
    title: "Meeting",
    date: "2016-01-02",
    datePrecision: "DAY",
    rangeStart: "2016-01-02",
    rangeEnd: "2016-01-02",
    placeId: more.place,
  });
  await tx.records.insert("citations", {
    id: more.entityCitation,
    sourceId: ids.source,
    targetType: "ENTITY",
    targetId: ids.person,
    exact: "Ivan Fixture",
    startOffset: 0,
    endOffset: 12,
  });
  await tx.records.insert("citations", {
    id: more.participantCitation,
    sourceId: ids.source,
    targetType: "EVENT_PARTICIPANT",
    targetId: ids.participant,
    locator: "p. 3",
  });
  await tx.records.insert("sources", {
    id: more.source,
    kind: "NEWS_ARTICLE",
    title: "A Report On Unit 00000",
    url: "https://example.org/report",
  });
}

export function interopConformance(open: OpenStore): void {
  describe("interop", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(interopFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("finds cases by slug and id, and records by id", async () => {
      expect((await store.interop.caseBySlug("fixture-case"))?.id).toBe(ids.case);
      expect(await store.interop.caseBySlug("no-such-case")).toBeUndefined();
      expect(await store.interop.caseIdBySlug("fixture-case")).toBe(ids.case);
      expect(await store.interop.caseIdBySlug("no-such-case")).toBeUndefined();
      expect(await store.interop.hasCaseSlug("fixture-case")).toBe(true);
      expect(await store.interop.hasCaseSlug("nope")).toBe(false);
      expect(await store.interop.hasCaseId(ids.case)).toBe(true);
      expect(await store.interop.hasCaseId("fixture-case")).toBe(false);
      expect(await store.interop.hasRecord("relationships", ids.relationship)).toBe(true);
      expect(await store.interop.hasRecord("charges", ids.relationship)).toBe(false);
    });

    it("lists the records of a case, parents of entities, and merged entities", async () => {
      const own = await store.interop.caseRecordIds(ids.case);
      expect(own.roleIds.sort()).toEqual([more.mergedRole, ids.role].sort());
      expect(own.eventIds.sort()).toEqual([ids.event, more.event].sort());
      expect(own.chargeIds).toEqual([ids.charge]);
      expect(own.participantIds).toEqual([ids.participant]);
      expect(own.defendantIds).toEqual([ids.defendant]);
      expect(own.entityIds.sort()).toEqual([ids.person, more.merged, more.place].sort());
      expect(await store.interop.parentIdsOf([ids.org, ids.person])).toEqual([more.parent]);
      expect(await store.interop.parentIdsOf([ids.person])).toEqual([]);
      expect(await store.interop.mergedEntityIds()).toEqual([more.merged]);
      expect(await store.interop.relationshipEnds()).toEqual([
        { id: ids.relationship, subjectId: ids.person, objectId: ids.org },
      ]);
      expect(await store.interop.citationTargets()).toContainEqual({
        sourceId: ids.source,
        targetType: "ENTITY",
        targetId: ids.person,
      });
    });

    it("gives names and labels by id", async () => {
      expect((await store.interop.entityNames()).get(ids.org)).toBe("Unit 00000");
      expect((await store.interop.entityKinds()).get(more.place)).toBe("PLACE");
      expect(await store.interop.entityKind(ids.person)).toBe("PERSON");
      expect(await store.interop.entityKind("nobody")).toBeUndefined();
      expect((await store.interop.caseSlugs()).get(ids.case)).toBe("fixture-case");
      expect((await store.interop.sourceTitles()).get(ids.source)).toBe("Indictment");
      expect((await store.interop.userNames()).get(ids.user)).toBe("Fixture Editor");
    });

    it("lists every record type in export order", async () => {
      expect((await store.interop.unmergedEntities()).map((e) => e.id)).toEqual([more.parent, ids.org, ids.person, more.place]);
      const roles = await store.interop.caseRolesWithSlugs();
      expect(roles.map((r) => [r.id, r.caseSlug])).toEqual([
        [ids.role, "fixture-case"],
        [more.mergedRole, "fixture-case"],
      ]);
      expect((await store.interop.relationships()).map((r) => r.id)).toEqual([ids.relationship]);
      expect((await store.interop.events()).map((e) => e.id)).toEqual([more.event, ids.event]);
      expect((await store.interop.eventParticipants()).map((p) => p.id)).toEqual([ids.participant]);
      expect((await store.interop.charges()).map((c) => c.countNumber)).toEqual([1]);
      expect((await store.interop.chargeDefendantsInOrder()).map((d) => d.entityId)).toEqual([ids.person]);
      const sources = await store.interop.sourceSummaries();
      expect(sources.map((s) => [s.id, s.textLength])).toEqual([
        [ids.source, "Ivan Fixture was an officer of Unit 00000.".length],
        [more.source, null],
      ]);
      expect("text" in (sources[0] as object)).toBe(false);
      // By source, then start offset, then id (where a citation without an offset goes differs by engine).
      const located = (await store.interop.citations()).filter((c) => c.startOffset !== null).map((c) => c.id);
      expect(located).toEqual([more.entityCitation, ids.citation]);
      const annotations = await store.interop.annotations();
      expect(annotations.map((a) => [a.id, a.tags])).toEqual([[ids.annotation, ["to-check"]]]);
    });

    it("answers what mention suggestions need, and keeps rejections", async () => {
      const names = await store.interop.nameRecords();
      expect(names.map((e) => e.id)).toEqual([more.parent, ids.org, ids.person, more.place].sort());
      expect(names.find((e) => e.id === ids.person)?.aliases).toEqual(["I. Fixture", "Fixer"]);
      expect(await store.interop.sourceText(ids.source)).toEqual({
        text: "Ivan Fixture was an officer of Unit 00000.",
        textVersion: 1,
      });
      expect(await store.interop.sourceText(more.source)).toEqual({ text: null, textVersion: 1 });
      expect(await store.interop.sourceText("nothing")).toBeUndefined();
      expect(await store.interop.citedEntitySpans(ids.source)).toEqual([{ startOffset: 0, endOffset: 12, targetId: ids.person }]);
      expect(await store.interop.hasCaseRole(ids.case, ids.person)).toBe(true);
      expect(await store.interop.hasCaseRole(ids.case, ids.org)).toBe(false);

      const key = `${ids.source}|ORGANIZATION|unit 00000|31`;
      await store.write((tx) => tx.interop.rejectMention(ids.source, key, 1, ids.user));
      await store.write((tx) => tx.interop.rejectMention(ids.source, key, 2, null));
      expect(await store.interop.rejectedKeys(ids.source)).toEqual([key]);
      expect(await store.interop.rejectedKeys(more.source)).toEqual([]);
      await store.write((tx) => tx.interop.forgetRejection(ids.source, key));
      expect(await store.interop.rejectedKeys(ids.source)).toEqual([]);
    });

    it("answers the lookups of an FtM import", async () => {
      expect(await store.interop.sourceTextById(more.source)).toEqual({ id: more.source, text: null });
      expect(await store.interop.sourceTextByUrl("https://example.org/report")).toEqual({ id: more.source, text: null });
      expect(await store.interop.sourceTextByUrl("https://example.org/other")).toBeUndefined();
      expect((await store.interop.sourcesLike(null, "a report on UNIT 00000")).map((s) => s.id)).toEqual([more.source]);
      expect((await store.interop.sourcesLike("https://example.org/report", "Other")).map((s) => s.id)).toEqual([more.source]);
      expect(await store.interop.sourcesLike(null, "Other")).toEqual([]);
      expect((await store.interop.caseRoleKeys(ids.case)).sort()).toEqual(
        [`${ids.person}|DEFENDANT`, `${more.merged}|DEFENDANT`].sort(),
      );
      expect(await store.interop.participantKeys(ids.event)).toEqual([`${ids.person}|ACTOR`]);
      expect(await store.interop.sameRelationship(ids.person, "MEMBER_OF", ids.org)).toBe(ids.relationship);
      expect(await store.interop.sameRelationship(ids.org, "MEMBER_OF", ids.person)).toBeUndefined();
      expect((await store.interop.chargeByCount(ids.case, 1))?.id).toBe(ids.charge);
      expect(await store.interop.chargeByCount(ids.case, 2)).toBeUndefined();
      expect(await store.interop.isChargeDefendant(ids.charge, ids.person)).toBe(true);
      expect(await store.interop.isChargeDefendant(ids.charge, ids.org)).toBe(false);

      // By id, by passage and target, and a participant's citation for its event.
      expect(await store.interop.sameCitation(ids.citation, "x", "", { type: "CASE", id: "x" }, "")).toBe(ids.citation);
      expect(await store.interop.sameCitation("new", ids.source, "Ivan Fixture", { type: "ENTITY", id: ids.person }, "")).toBe(
        more.entityCitation,
      );
      expect(await store.interop.sameCitation("new", ids.source, "p. 3", { type: "EVENT", id: ids.event }, ids.event)).toBe(
        more.participantCitation,
      );
      expect(
        await store.interop.sameCitation("new", ids.source, "other words", { type: "ENTITY", id: ids.person }, ""),
      ).toBeUndefined();

      // Whole words of names and aliases; merged entities left out.
      expect((await store.interop.entitiesNamed("ivan fixture")).map((e) => e.id)).toEqual([ids.person]);
      expect((await store.interop.entitiesNamed("Fixer")).map((e) => e.id)).toEqual([ids.person]);
      expect(await store.interop.entitiesNamed("Fix")).toEqual([]);
      expect(await store.interop.entitiesNamed(" - ")).toEqual([]);

      expect(await store.interop.rowCounts(["cases", "entities", "citations"])).toEqual({ cases: 1, entities: 5, citations: 3 });
    });
  });
}
