/**
 * The store conformance suite: what every engine's Store must do, written against the Store
 * interface only (no SQL, no driver), so a second engine runs it unchanged. Each engine has one
 * test file that calls `describeStoreConformance` with a way to open a fresh, migrated, empty
 * store (SQLite: ../../sqlite/conformance.test.ts).
 *
 * Add a domain's checks as a module here exporting `(open: OpenStore) => void` and list it below.
 */
import type { Store } from "../types.js";
import { interopConformance } from "./interop.js";
import { recordsConformance } from "./records.js";
import { transactionsConformance } from "./transactions.js";

/** Opens a fresh, migrated, empty store; `close` releases and removes it. */
export type OpenStore = () => Promise<{ store: Store; close(): Promise<void> }>;

export const conformanceSuites: Record<string, (open: OpenStore) => void> = {
  transactions: transactionsConformance,
  records: recordsConformance,
  interop: interopConformance,
};

export { storeFixture } from "./fixture.js";
