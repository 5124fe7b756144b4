/** Temporary databases for tests: a fresh migrated SQLite file per test, removed afterwards. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openMigratedStore, type SqliteStore as Store } from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";

export const seedBundlePath = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));
export const seedArticlePath = fileURLToPath(
  new URL("../../../../seeds/us-v-netyksho/sources/seed-article.txt", import.meta.url),
);

export interface TempStores {
  open(name?: string): Store;
  /** A database with the seed case loaded. */
  seeded(name?: string): Store;
  cleanup(): void;
}

export function tempStores(): TempStores {
  const dir = mkdtempSync(join(tmpdir(), "casefile-interop-"));
  const open: Store[] = [];
  let count = 0;
  const make = (name?: string) => {
    const store = openMigratedStore(join(dir, `${name ?? `db-${++count}`}.db`));
    open.push(store);
    return store;
  };
  return {
    open: make,
    seeded(name) {
      const store = make(name);
      loadBundleFile(store, seedBundlePath);
      return store;
    },
    cleanup() {
      for (const store of open) store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of the data tables (not revisions, not FTS), for comparing databases. */
export function tableCounts(store: Store): Promise<Record<string, number>> {
  return store.interop.rowCounts([
    "cases",
    "entities",
    "case_roles",
    "relationships",
    "events",
    "event_participants",
    "charges",
    "charge_defendants",
    "sources",
    "citations",
    "annotations",
    "revisions",
  ]);
}
