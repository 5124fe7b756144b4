/** The annotation store: the list of threads, filtered. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = { onCharge: "ann_charge", reply: "ann_reply", resolved: "ann_resolved" } as const;

/** The fixture's thread on the person, plus a case thread on the count, a reply, and a resolved case thread. */
async function annotationsFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  const thread = { authorId: ids.user, caseId: ids.case, body: "On the count." };
  await tx.records.insert("annotations", {
    ...thread,
    id: more.onCharge,
    targetType: "CHARGE",
    targetId: ids.charge,
    tags: ["verify", "statute"],
    createdAt: "2030-01-02T00:00:00.000Z",
  });
  await tx.records.insert("annotations", {
    ...thread,
    id: more.reply,
    targetType: "CHARGE",
    targetId: ids.charge,
    parentId: more.onCharge,
    tags: ["verify"],
    createdAt: "2030-01-03T00:00:00.000Z",
  });
  await tx.records.insert("annotations", {
    ...thread,
    id: more.resolved,
    targetType: "CASE",
    targetId: ids.case,
    status: "RESOLVED",
    tags: [],
    createdAt: "2030-01-01T00:00:00.000Z",
  });
}

export function annotationsConformance(open: OpenStore): void {
  describe("annotations", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(annotationsFixture);
    });
    afterEach(async () => {
      await close();
    });

    const threads = async (filter: Parameters<Store["annotations"]["pageOfThreads"]>[0], size = 10, offset = 0) => {
      const page = await store.annotations.pageOfThreads(filter, size, offset);
      return { total: page.total, ids: page.rows.map((a) => a.id) };
    };

    it("lists thread starts, never replies, newest first, with the number matching", async () => {
      expect(await threads({})).toEqual({ total: 3, ids: [more.onCharge, more.resolved, ids.annotation] });
      expect(await threads({}, 1, 1)).toEqual({ total: 3, ids: [more.resolved] });
    });

    it("filters by case, status, tag and target types, combined", async () => {
      expect(await threads({ caseId: ids.case })).toEqual({ total: 2, ids: [more.onCharge, more.resolved] });
      expect(await threads({ status: "OPEN" })).toEqual({ total: 2, ids: [more.onCharge, ids.annotation] });
      expect(await threads({ tag: "statute" })).toEqual({ total: 1, ids: [more.onCharge] });
      expect(await threads({ tag: "to-check" })).toEqual({ total: 1, ids: [ids.annotation] });
      expect(await threads({ tag: "stat" })).toEqual({ total: 0, ids: [] });
      expect(await threads({ targetTypes: ["CASE", "ENTITY", "EVENT"] })).toEqual({
        total: 2,
        ids: [more.resolved, ids.annotation],
      });
      expect(await threads({ caseId: ids.case, status: "OPEN", tag: "verify", targetTypes: ["CHARGE"] })).toEqual({
        total: 1,
        ids: [more.onCharge],
      });
    });
  });
}
