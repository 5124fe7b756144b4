/**
 * The store every part of Casefile reads and writes through: the engine-neutral contract. The
 * API, the CLI, interop and the benchmark see only this; each engine implements it (SQLite:
 * ../sqlite/store.ts). The conformance suite (./conformance/) runs against this interface.
 */
import type { Domains } from "./domains.js";
import type { Loaders } from "./loaders.js";
import type { SearchIndex } from "./search.js";
import type { SqlSession } from "./session.js";

/** A write transaction: every domain store, bound to the transaction's connection. */
export interface Tx extends Domains {
  /** The transaction's session (for store modules; services use the domain stores). */
  readonly session: SqlSession;
}

/** A store without full-text search: what every engine gives first (see Store). */
export interface StoreCore extends Domains {
  /** Which engine holds the data. */
  readonly engine: "sqlite" | "postgres";
  /** Where the data is (a file path, or a server address without credentials), for messages. */
  readonly location: string;
  /** The read side's session (for store modules; services use the domain stores). */
  readonly session: SqlSession;
  /**
   * Runs `work` in one write transaction: it commits when `work` resolves and rolls back when it
   * throws. Writes are serialized; reads outside the transaction see only committed data. Calling
   * `write` again from inside `work` is a bug (it throws): pass `tx` down instead.
   */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Fresh per-request batch loaders (their caches live as long as the object). */
  createLoaders(): Loaders;
  close(): Promise<void>;
}

export interface Store extends StoreCore {
  /** Full-text search over the committed data (names, text, snippets, spelling, the directory's filter). */
  readonly search: SearchIndex;
}

/** Thrown by `store.write` when it is called from inside another write's `work`. */
export class NestedWriteError extends Error {
  constructor() {
    super("store.write was called inside another write transaction: pass its tx down instead of starting a new one");
  }
}
