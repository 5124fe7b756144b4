/**
 * The store conformance suite: what every engine's Store must do, written against the Store
 * interface only (no SQL, no driver), so a second engine runs it unchanged. Each engine has one
 * test file that calls `describeStoreConformance` with a way to open a fresh, migrated, empty
 * store (SQLite: ../../sqlite/conformance.test.ts).
 *
 * Add a domain's checks as a module here exporting `(open: OpenStore) => void` and list it below
 * (under searchConformanceSuites if they need `store.search`).
 */
import type { Store, StoreCore } from "../types.js";
import { annotationsConformance } from "./annotations.js";
import { casesConformance } from "./cases.js";
import { chargesConformance } from "./charges.js";
import { entitiesConformance, entityDirectoryTextConformance } from "./entities.js";
import { eventsConformance } from "./events.js";
import { historyConformance } from "./history.js";
import { interopConformance } from "./interop.js";
import { recordsConformance } from "./records.js";
import { searchConformance } from "./search.js";
import { sourcesConformance } from "./sources.js";
import { statsConformance } from "./stats.js";
import { transactionsConformance } from "./transactions.js";
import { usersConformance } from "./users.js";

/** Opens a fresh, migrated, empty store; `close` releases and removes it. */
export type OpenStore<S extends StoreCore = StoreCore> = () => Promise<{ store: S; close(): Promise<void> }>;

/** What every engine's store must do. */
export const conformanceSuites: Record<string, (open: OpenStore) => void> = {
  transactions: transactionsConformance,
  records: recordsConformance,
  users: usersConformance,
  stats: statsConformance,
  entities: entitiesConformance,
  events: eventsConformance,
  sources: sourcesConformance,
  annotations: annotationsConformance,
  charges: chargesConformance,
  cases: casesConformance,
  history: historyConformance,
  interop: interopConformance,
};

/** What a store with full-text search (`store.search`) must also do. */
export const searchConformanceSuites: Record<string, (open: OpenStore<Store>) => void> = {
  search: searchConformance,
  entityDirectoryText: entityDirectoryTextConformance,
};

export { storeFixture } from "./fixture.js";
