/** The case store: the list of cases, slugs and roles in use, the next role position. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const more = { older: "case_older", newer: "case_newer", undated: "case_undated", role2: "role_2" } as const;

/** The fixture's undated case, plus two dated cases and another undated one, and a second defendant. */
async function casesFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  const status = "INDICTED" as const;
  await tx.records.insert("cases", { id: more.older, slug: "older", caption: "B v. Older", status, filedDate: "2016" });
  await tx.records.insert("cases", { id: more.newer, slug: "newer", caption: "C v. Newer", status, filedDate: "2018-07-13" });
  await tx.records.insert("cases", { id: more.undated, slug: "undated", caption: "A v. Undated", status });
  await tx.records.insert("case_roles", { id: more.role2, caseId: ids.case, entityId: ids.org, role: "DEFENDANT", position: 4 });
}

export function casesConformance(open: OpenStore): void {
  describe("cases", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(casesFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("counts cases and pages them most recently filed first, undated last by caption", async () => {
      expect(await store.cases.count()).toBe(4);
      const all = await store.cases.pageOfCases(10, 0);
      expect(all.map((c) => c.id)).toEqual([more.newer, more.older, more.undated, ids.case]);
      expect((await store.cases.pageOfCases(2, 1)).map((c) => c.id)).toEqual([more.older, more.undated]);
    });

    it("finds the case holding a slug", async () => {
      expect(await store.cases.idOfSlug("fixture-case")).toBe(ids.case);
      expect(await store.cases.idOfSlug("newer")).toBe(more.newer);
      expect(await store.cases.idOfSlug("nobody")).toBeUndefined();
    });

    it("finds an entity's role of a kind in a case", async () => {
      expect(await store.cases.idOfRole(ids.case, ids.person, "DEFENDANT")).toBe(ids.role);
      expect(await store.cases.idOfRole(ids.case, ids.person, "VICTIM")).toBeUndefined();
      expect(await store.cases.idOfRole(more.older, ids.person, "DEFENDANT")).toBeUndefined();
    });

    it("gives the position after the last role of a kind, 0 for the first", async () => {
      expect(await store.cases.nextRolePosition(ids.case, "DEFENDANT")).toBe(5);
      expect(await store.cases.nextRolePosition(ids.case, "VICTIM")).toBe(0);
      expect(await store.cases.nextRolePosition(more.older, "DEFENDANT")).toBe(0);
    });
  });
}
