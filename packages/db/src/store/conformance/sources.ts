/** The source store: the directory of sources, the citation list, what quotes a source, duplicate citations. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = {
  report: "src_report",
  byLocator: "cit_locator",
  orphaned: "cit_orphaned",
  onPassage: "ann_passage",
  onSource: "ann_source",
} as const;

/** The fixture, plus a source without text cited by locator, an orphaned quote and annotations on the source. */
async function sourcesFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("sources", { id: more.report, kind: "NEWS_ARTICLE", title: "A report", text: null });
  await tx.records.insert("citations", {
    id: more.byLocator,
    sourceId: more.report,
    targetType: "CASE",
    targetId: ids.case,
    locator: "p. 3",
    createdAt: "2020-01-02T00:00:00.000Z",
  });
  await tx.records.insert("citations", {
    id: more.orphaned,
    sourceId: ids.source,
    targetType: "ENTITY",
    targetId: ids.person,
    field: "rank",
    exact: "a captain",
    isOrphaned: true,
    createdAt: "2020-01-03T00:00:00.000Z",
  });
  await tx.records.insert("annotations", {
    id: more.onPassage,
    authorId: ids.user,
    targetType: "SOURCE",
    targetId: ids.source,
    body: "Which unit?",
    exact: "Unit 00000",
    startOffset: 31,
    endOffset: 41,
  });
  await tx.records.insert("annotations", {
    id: more.onSource,
    authorId: ids.user,
    targetType: "SOURCE",
    targetId: ids.source,
    body: "The whole indictment.",
  });
}

export function sourcesConformance(open: OpenStore): void {
  describe("sources", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(sourcesFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("pages sources by title, of the kinds asked, with the number matching", async () => {
      const all = await store.sources.pageOfSources([], 10, 0);
      expect(all.total).toBe(2);
      expect(all.rows.map((s) => s.title)).toEqual(["A report", "Indictment"]);
      const second = await store.sources.pageOfSources([], 1, 1);
      expect(second).toMatchObject({ total: 2, rows: [{ id: ids.source }] });
      const filings = await store.sources.pageOfSources(["COURT_FILING", "REPORT", "OTHER"], 10, 0);
      expect(filings.total).toBe(1);
      expect(filings.rows.map((s) => s.id)).toEqual([ids.source]);
      expect((await store.sources.pageOfSources(["PRESS_RELEASE"], 10, 0)).total).toBe(0);
    });

    it("pages citations in the order they were made, by source, target and orphaned state", async () => {
      const all = await store.sources.pageOfCitations({}, 10, 0);
      expect(all.total).toBe(3);
      expect(all.rows.map((c) => c.id)).toEqual([more.byLocator, more.orphaned, ids.citation]);
      expect((await store.sources.pageOfCitations({ sourceId: ids.source }, 10, 0)).rows.map((c) => c.id)).toEqual([
        more.orphaned,
        ids.citation,
      ]);
      expect((await store.sources.pageOfCitations({ targetId: ids.case }, 10, 0)).rows.map((c) => c.id)).toEqual([
        more.byLocator,
      ]);
      const orphaned = await store.sources.pageOfCitations({ isOrphaned: true }, 10, 0);
      expect(orphaned.rows.map((c) => [c.id, c.isOrphaned])).toEqual([[more.orphaned, true]]);
      const anchored = await store.sources.pageOfCitations({ sourceId: ids.source, isOrphaned: false }, 1, 0);
      expect(anchored).toMatchObject({ total: 1, rows: [{ id: ids.citation }] });
    });

    it("finds everything quoting a source: its quoted citations and the annotations on its passages", async () => {
      const quotes = await store.sources.quotesOf(ids.source);
      expect(quotes.citations.map((c) => c.id)).toEqual([ids.citation, more.orphaned]);
      expect(quotes.annotations.map((a) => a.id)).toEqual([more.onPassage]);
      expect(await store.sources.quotesOf(more.report)).toEqual({ citations: [], annotations: [] });
    });

    it("counts a source's citations", async () => {
      expect(await store.sources.countCitations(ids.source)).toBe(2);
      expect(await store.sources.countCitations(more.report)).toBe(1);
      expect(await store.sources.countCitations("src_none")).toBe(0);
    });

    it("finds the same citation: same record, field and source, and the same passage or, without one, locator", async () => {
      const passage = {
        sourceId: ids.source,
        targetType: "RELATIONSHIP" as const,
        targetId: ids.relationship,
        field: null,
        exact: "an officer of Unit 00000",
        startOffset: 17,
        locator: null,
      };
      expect((await store.sources.findSameCitation(passage))?.id).toBe(ids.citation);
      expect(await store.sources.findSameCitation({ ...passage, startOffset: 18 })).toBeUndefined();
      expect(await store.sources.findSameCitation({ ...passage, field: "predicate" })).toBeUndefined();
      // A null field, offset or locator matches only null.
      const orphan = { ...passage, targetType: "ENTITY" as const, targetId: ids.person, exact: "a captain", startOffset: null };
      expect(await store.sources.findSameCitation(orphan)).toBeUndefined();
      expect((await store.sources.findSameCitation({ ...orphan, field: "rank" }))?.id).toBe(more.orphaned);
      const locator = {
        sourceId: more.report,
        targetType: "CASE" as const,
        targetId: ids.case,
        field: null,
        exact: null,
        startOffset: null,
        locator: "p. 3",
      };
      expect((await store.sources.findSameCitation(locator))?.id).toBe(more.byLocator);
      expect(await store.sources.findSameCitation({ ...locator, locator: "p. 4" })).toBeUndefined();
      expect(await store.sources.findSameCitation({ ...locator, locator: null })).toBeUndefined();
    });
  });
}
