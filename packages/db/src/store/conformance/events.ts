/** The event store: the timeline's filtered keyset pages over date ranges, and participations. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineQuery } from "../events.js";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

/** Events around the fixture's (a day, 2016-03-19): a cited month, a span of years, and one in another case. */
export const eventIds = {
  otherCase: "case_other",
  month: "evt_month",
  years: "evt_years",
  other: "evt_other",
} as const;

async function eventsFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  const e = eventIds;
  await tx.records.insert("cases", {
    id: e.otherCase,
    slug: "other-case",
    caption: "United States v. Other",
    status: "INDICTED",
  });
  await tx.records.insert("events", {
    id: e.month,
    caseId: ids.case,
    kind: "DATA_RELEASE",
    title: "A release",
    date: "2016-05",
    datePrecision: "MONTH",
    rangeStart: "2016-05-01",
    rangeEnd: "2016-05-31",
  });
  await tx.records.insert("citations", {
    id: "cit_month",
    sourceId: ids.source,
    targetType: "EVENT",
    targetId: e.month,
    exact: "Ivan Fixture",
    startOffset: 0,
    endOffset: 12,
  });
  await tx.records.insert("events", {
    id: e.years,
    caseId: ids.case,
    kind: "INTRUSION",
    title: "A long intrusion",
    date: "2010",
    datePrecision: "YEAR",
    endDate: "2016",
    endDatePrecision: "YEAR",
    rangeStart: "2010-01-01",
    rangeEnd: "2016-12-31",
  });
  await tx.records.insert("events", {
    id: e.other,
    caseId: e.otherCase,
    kind: "SPEARPHISHING",
    title: "Another spearphishing",
    date: "2016-03-19",
    datePrecision: "DAY",
    rangeStart: "2016-03-19",
    rangeEnd: "2016-03-19",
  });
}

export function eventsConformance(open: OpenStore): void {
  describe("events", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(eventsFixture);
    });
    afterEach(async () => {
      await close();
    });

    const timeline = async (query: Partial<TimelineQuery>) => {
      const page = await store.events.timelinePage({ isDescending: false, limit: 10, ...query });
      return { ids: page.rows.map((r) => r.id), totalCount: page.totalCount };
    };
    const e = eventIds;

    it("orders the timeline by the start of each event's range, then id, either way", async () => {
      expect(await timeline({})).toEqual({ ids: [e.years, ids.event, e.other, e.month], totalCount: 4 });
      expect(await timeline({ isDescending: true })).toEqual({ ids: [e.month, e.other, ids.event, e.years], totalCount: 4 });
      expect(await timeline({ limit: 2 })).toEqual({ ids: [e.years, ids.event], totalCount: 4 });
    });

    it("keeps the events whose range overlaps the one asked for, whatever their span", async () => {
      expect(await timeline({ from: "2016-04-01" })).toEqual({ ids: [e.years, e.month], totalCount: 2 });
      expect(await timeline({ from: "2016-03-19", to: "2016-03-19" })).toEqual({
        ids: [e.years, ids.event, e.other],
        totalCount: 3,
      });
      expect(await timeline({ to: "2015-12-31" })).toEqual({ ids: [e.years], totalCount: 1 });
      expect(await timeline({ from: "2017-01-01" })).toEqual({ ids: [], totalCount: 0 });
      expect(await timeline({ from: "2016-05-31", isDescending: true })).toEqual({ ids: [e.month, e.years], totalCount: 2 });
    });

    it("filters by case, kind, citation and participant", async () => {
      expect(await timeline({ caseId: ids.case })).toEqual({ ids: [e.years, ids.event, e.month], totalCount: 3 });
      expect(await timeline({ caseId: e.otherCase })).toEqual({ ids: [e.other], totalCount: 1 });
      expect(await timeline({ kinds: ["SPEARPHISHING"] })).toEqual({ ids: [ids.event, e.other], totalCount: 2 });
      expect(await timeline({ kinds: ["SPEARPHISHING", "INTRUSION", "PAYMENT"] })).toEqual({
        ids: [e.years, ids.event, e.other],
        totalCount: 3,
      });
      expect(await timeline({ isUncited: false })).toEqual({ ids: [e.month], totalCount: 1 });
      expect((await timeline({ isUncited: true })).totalCount).toBe(3);
      expect(await timeline({ participantId: ids.person })).toEqual({ ids: [ids.event], totalCount: 1 });
      expect(await timeline({ participantId: ids.org })).toEqual({ ids: [], totalCount: 0 });
    });

    it("pages by keyset after the (range start, id) of the last row, with or without a lower bound", async () => {
      expect(await timeline({ limit: 2, after: ["2016-03-19", ids.event] })).toEqual({
        ids: [e.other, e.month],
        totalCount: 4,
      });
      expect(await timeline({ from: "2010-01-01", limit: 2, after: ["2010-01-01", e.years] })).toEqual({
        ids: [ids.event, e.other],
        totalCount: 4,
      });
      expect(await timeline({ isDescending: true, after: ["2016-03-19", e.other] })).toEqual({
        ids: [ids.event, e.years],
        totalCount: 4,
      });
    });

    it("finds an entity's participation in an event in a role", async () => {
      expect(await store.events.participationId(ids.event, ids.person, "ACTOR")).toBe(ids.participant);
      expect(await store.events.participationId(ids.event, ids.person, "TARGET")).toBeUndefined();
      expect(await store.events.participationId(e.month, ids.person, "ACTOR")).toBeUndefined();
    });
  });
}
