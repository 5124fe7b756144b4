/**
 * The domain stores, one per part of the model, each over one session. `store.<domain>` reads
 * through the store's read side; `tx.<domain>` inside `store.write` reads and writes through the
 * transaction. Add a domain here (one line) when you add its module.
 */
import { InteropStore } from "./interop.js";
import { RecordStore } from "./records.js";
import type { SqlSession } from "./session.js";

export function createDomains(session: SqlSession) {
  return {
    /** Generic reads and writes of versioned records, revisions, and the case a record belongs to. */
    records: new RecordStore(session),
    /** Data interchange: case scopes and records in export order, mention suggestions, FtM import lookups. */
    interop: new InteropStore(session),
  };
}

export type Domains = ReturnType<typeof createDomains>;
