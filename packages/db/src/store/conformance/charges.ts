/** The charge store: counts of a case, count numbers in use, defendants already charged. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = { otherCase: "case_other", count2: "chg_2", otherCount1: "chg_other_1" } as const;

async function chargesFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("cases", { id: more.otherCase, slug: "other", caption: "United States v. Other", status: "INDICTED" });
  const count = { statute: "18 U.S.C. § 1030", title: "Computer fraud" };
  await tx.records.insert("charges", { ...count, id: more.count2, caseId: ids.case, countNumber: 2 });
  await tx.records.insert("charges", { ...count, id: more.otherCount1, caseId: more.otherCase, countNumber: 1 });
}

export function chargesConformance(open: OpenStore): void {
  describe("charges", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(chargesFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("pages counts by case and number, of one case or of all, with the number matching", async () => {
      const all = await store.charges.pageOfCharges(null, 10, 0);
      expect(all.total).toBe(3);
      expect(all.rows.map((c) => c.id)).toEqual([ids.charge, more.count2, more.otherCount1]);
      const ofCase = await store.charges.pageOfCharges(ids.case, 1, 1);
      expect(ofCase).toMatchObject({ total: 2, rows: [{ id: more.count2, countNumber: 2 }] });
    });

    it("finds the count holding a number in a case", async () => {
      expect(await store.charges.idOfCount(ids.case, 1)).toBe(ids.charge);
      expect(await store.charges.idOfCount(more.otherCase, 1)).toBe(more.otherCount1);
      expect(await store.charges.idOfCount(ids.case, 3)).toBeUndefined();
    });

    it("knows whether an entity is already a defendant in a count", async () => {
      expect(await store.charges.isCharged(ids.charge, ids.person)).toBe(true);
      expect(await store.charges.isCharged(ids.charge, ids.org)).toBe(false);
      expect(await store.charges.isCharged(more.count2, ids.person)).toBe(false);
    });
  });
}
