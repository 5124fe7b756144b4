/** The aggregates of a case's overview and the network views (StatsStore). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = {
  company: "org_company",
  employer: "org_employer",
  orgRole: "role_org",
  companyRole: "role_company",
  yearEvent: "evt_year",
  employment: "rel_employment",
  refuted: "rel_refuted",
  openThread: "ann_open",
  reply: "ann_reply",
  resolved: "ann_resolved",
  roleCitation: "cit_role",
  otherCase: "case_other",
  otherRole: "role_other",
} as const;

/**
 * The fixture, plus: the unit gets a part in the case (so the membership is an edge of its
 * graph), a company charged as such (no unit), an employer of the defendant (a membership wins
 * over it), a refuted membership in the company, an event known only to the year, annotation
 * threads on the case's event (one open with a reply, one resolved), a citation of the
 * defendant's role, and another case in which the company is a victim.
 */
async function statsFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("case_roles", { id: more.orgRole, caseId: ids.case, entityId: ids.org, role: "OTHER", position: 3 });
  await tx.records.insert("entities", {
    id: more.company,
    kind: "ORGANIZATION",
    name: "Fixture LLC",
    organizationKind: "COMPANY",
  });
  await tx.records.insert("case_roles", {
    id: more.companyRole,
    caseId: ids.case,
    entityId: more.company,
    role: "DEFENDANT",
    position: 2,
  });
  await tx.records.insert("entities", { id: more.employer, kind: "ORGANIZATION", name: "Employer Ltd" });
  await tx.records.insert("relationships", {
    id: more.employment,
    subjectId: ids.person,
    objectId: more.employer,
    predicate: "EMPLOYED_BY",
  });
  await tx.records.insert("relationships", {
    id: more.refuted,
    subjectId: ids.person,
    objectId: more.company,
    predicate: "MEMBER_OF",
    status: "REFUTED",
  });
  await tx.records.insert("events", {
    id: more.yearEvent,
    caseId: ids.case,
    kind: "DATA_RELEASE",
    title: "Release",
    date: "2016",
    datePrecision: "YEAR",
    rangeStart: "2016-01-01",
    rangeEnd: "2016-12-31",
  });
  const thread = { authorId: ids.user, targetType: "EVENT" as const, targetId: ids.event, caseId: ids.case, tags: [] };
  await tx.records.insert("annotations", { id: more.openThread, ...thread, body: "When exactly?" });
  await tx.records.insert("annotations", { id: more.reply, ...thread, parentId: more.openThread, body: "March." });
  await tx.records.insert("annotations", { id: more.resolved, ...thread, body: "Done.", status: "RESOLVED" });
  await tx.records.insert("citations", {
    id: more.roleCitation,
    sourceId: ids.source,
    targetType: "CASE_ROLE",
    targetId: ids.role,
    exact: "Ivan Fixture",
    startOffset: 0,
    endOffset: 12,
  });
  await tx.records.insert("cases", { id: more.otherCase, slug: "other-case", caption: "Other", status: "INDICTED" });
  await tx.records.insert("case_roles", {
    id: more.otherRole,
    caseId: more.otherCase,
    entityId: more.company,
    role: "VICTIM",
    position: 1,
  });
}

export function statsConformance(open: OpenStore): void {
  describe("stats", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(statsFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("counts citations, cited sources and open threads on the case's own records only", async () => {
      // The membership (both ends in the case) and the defendant's role are cited, from one
      // source; the annotation on the person (an entity) is not the case's.
      expect(await store.stats.caseProvenance(ids.case)).toEqual({ citations: 2, sources: 1, openAnnotations: 1 });
      expect(await store.stats.caseProvenance(more.otherCase)).toEqual({ citations: 0, sources: 0, openAnnotations: 0 });
      expect(await store.stats.caseProvenance("case_unknown")).toEqual({ citations: 0, sources: 0, openAnnotations: 0 });
    });

    it("counts entities and events by kind, events per month, events without a month, events and counts", async () => {
      expect(await store.stats.entitiesByKind(ids.case)).toEqual([
        { kind: "ORGANIZATION", count: 2 },
        { kind: "PERSON", count: 1 },
      ]);
      expect(await store.stats.eventsByKind(ids.case)).toEqual([
        { kind: "DATA_RELEASE", count: 1 },
        { kind: "SPEARPHISHING", count: 1 },
      ]);
      expect(await store.stats.eventsPerMonth(ids.case)).toEqual([{ month: "2016-03", count: 1 }]);
      expect(await store.stats.eventsWithoutMonth(ids.case)).toBe(1);
      expect(await store.stats.eventCount(ids.case)).toBe(2);
      expect(await store.stats.chargeCount(ids.case)).toBe(1);
      expect(await store.stats.eventCount(more.otherCase)).toBe(0);
    });

    it("lists defendants in the case's order, their organization links best first, and their counts", async () => {
      expect((await store.stats.defendants(ids.case)).map((d) => [d.id, d.aliases])).toEqual([
        [ids.person, ["I. Fixture", "Fixer"]],
        [more.company, []],
      ]);
      // Membership before employment; the refuted membership places no one.
      expect(await store.stats.defendantUnitLinks(ids.case)).toEqual([
        { defendant: ids.person, unit: ids.org },
        { defendant: ids.person, unit: more.employer },
      ]);
      const links = await store.stats.chargeLinks(ids.case);
      expect(links.map((l) => [l.id, l.entityId, l._count])).toEqual([[ids.defendant, ids.person, 1]]);
      expect(await store.stats.chargeLinks(more.otherCase)).toEqual([]);
    });

    it("reads entities by id, any number, none included", async () => {
      const found = await store.stats.entitiesByIds([ids.org, more.employer, "ent_unknown"]);
      expect(found.map((e) => e.id).sort()).toEqual([more.employer, ids.org].sort());
      expect(found.find((e) => e.id === ids.org)?.organizationKind).toBe("MILITARY_UNIT");
      expect(await store.stats.entitiesByIds([])).toEqual([]);
    });

    it("gives the case graph's nodes with their roles, and its edges, filtered by kind and predicate", async () => {
      const nodes = await store.stats.caseGraphEntities(ids.case, []);
      expect(nodes.map((n) => [n.id, n.name, n.kind, n.roles]).sort()).toEqual(
        [
          [more.company, "Fixture LLC", "ORGANIZATION", ["DEFENDANT"]],
          [ids.org, "Unit 00000", "ORGANIZATION", ["OTHER"]],
          [ids.person, "Ivan Fixture", "PERSON", ["DEFENDANT"]],
        ].sort(),
      );
      expect((await store.stats.caseGraphEntities(ids.case, ["PERSON"])).map((n) => n.id)).toEqual([ids.person]);
      const edges = await store.stats.caseGraphRelationships(ids.case, []);
      expect(edges.map((e) => e.id).sort()).toEqual([ids.relationship, more.refuted].sort());
      expect(edges.find((e) => e.id === ids.relationship)).toEqual({
        id: ids.relationship,
        subjectId: ids.person,
        objectId: ids.org,
        predicate: "MEMBER_OF",
        status: "ALLEGED",
      });
      expect(await store.stats.caseGraphRelationships(ids.case, ["EMPLOYED_BY"])).toEqual([]);
    });

    it("walks out from entities: relationships touching them, by predicate, up to a limit", async () => {
      const touching = await store.stats.relationshipsTouching([ids.person], [], 100);
      expect(touching.map((r) => r.id).sort()).toEqual([ids.relationship, more.employment, more.refuted].sort());
      expect((await store.stats.relationshipsTouching([more.employer], [], 100)).map((r) => r.id)).toEqual([more.employment]);
      expect(
        (await store.stats.relationshipsTouching([ids.org, more.company], ["MEMBER_OF"], 100)).map((r) => r.id).sort(),
      ).toEqual([ids.relationship, more.refuted].sort());
      expect(await store.stats.relationshipsTouching([ids.person], [], 1)).toHaveLength(1);
      expect(await store.stats.relationshipsTouching(["ent_unknown"], [], 100)).toEqual([]);
    });

    it("reads graph nodes by id with their roles in every case", async () => {
      const nodes = await store.stats.graphEntities([ids.person, more.company, more.employer, "ent_unknown"]);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      expect(nodes).toHaveLength(3);
      expect(byId.get(ids.person)?.roles).toEqual(["DEFENDANT"]);
      expect(byId.get(more.company)?.roles.sort()).toEqual(["DEFENDANT", "VICTIM"]);
      expect(byId.get(more.employer)).toEqual({ id: more.employer, name: "Employer Ltd", kind: "ORGANIZATION", roles: [] });
      expect(await store.stats.graphEntities([])).toEqual([]);
    });
  });
}
