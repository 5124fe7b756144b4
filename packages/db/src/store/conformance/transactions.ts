/** What `store.write` promises: atomic, isolated from readers until commit, serialized, not nested. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NestedWriteError, type StoreCore as Store } from "../types.js";
import type { OpenStore } from "./index.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

export function transactionsConformance(open: OpenStore): void {
  describe("write transactions", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    const caseRow = (id: string) => ({ id, slug: id, caption: `Case ${id}`, status: "INDICTED" as const });

    it("commits when the work resolves, and returns its result", async () => {
      const result = await store.write(async (tx) => {
        await tx.records.insert("cases", caseRow("c1"));
        return "done";
      });
      expect(result).toBe("done");
      expect((await store.records.read("cases", "c1"))?.slug).toBe("c1");
    });

    it("rolls back every statement when the work throws, and rethrows", async () => {
      await expect(
        store.write(async (tx) => {
          await tx.records.insert("cases", caseRow("c1"));
          await tx.records.insert("cases", caseRow("c2"));
          throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      expect(await store.records.read("cases", "c1")).toBeUndefined();
      expect(await store.records.read("cases", "c2")).toBeUndefined();
    });

    it("keeps uncommitted writes from readers until the commit", async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let inserted = () => {};
      const isInserted = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const writing = store.write(async (tx) => {
        await tx.records.insert("cases", caseRow("c1"));
        inserted();
        await gate;
      });
      await isInserted;
      expect(await store.records.read("cases", "c1")).toBeUndefined();
      release();
      await writing;
      expect(await store.records.read("cases", "c1")).toBeDefined();
    });

    it("runs concurrent writes one after another (no lost update)", async () => {
      await store.write((tx) => tx.records.insert("cases", { ...caseRow("c1"), caption: "0" }));
      const increment = () =>
        store.write(async (tx) => {
          const row = await tx.records.read("cases", "c1");
          await tick();
          await tx.records.update("cases", row as { id: string; version: number }, { caption: String(Number(row?.caption) + 1) });
        });
      await Promise.all(Array.from({ length: 5 }, increment));
      const row = await store.records.read("cases", "c1");
      expect(row?.caption).toBe("5");
      expect(row?.version).toBe(6);
    });

    it("refuses a write started inside another write, and the outer one rolls back", async () => {
      await expect(
        store.write(async (tx) => {
          await tx.records.insert("cases", caseRow("c1"));
          await store.write(async (inner) => inner.records.insert("cases", caseRow("c2")));
        }),
      ).rejects.toBeInstanceOf(NestedWriteError);
      expect(await store.records.read("cases", "c1")).toBeUndefined();
      // The store is usable afterwards.
      await store.write((tx) => tx.records.insert("cases", caseRow("c3")));
      expect(await store.records.read("cases", "c3")).toBeDefined();
    });

    it("refuses writes through the read side", async () => {
      await expect(store.records.insert("cases", caseRow("c1"))).rejects.toThrow();
      expect(await store.records.read("cases", "c1")).toBeUndefined();
    });
  });
}
