/**
 * The domain stores, one per part of the model, each over one session. `store.<domain>` reads
 * through the store's read side; `tx.<domain>` inside `store.write` reads and writes through the
 * transaction. Add a domain here (one line) when you add its module.
 */

import { AnnotationStore } from "./annotations.js";
import { CaseStore } from "./cases.js";
import { ChargeStore } from "./charges.js";
import { EntityStore } from "./entities.js";
import { EventStore } from "./events.js";
import { HistoryStore } from "./history.js";
import { InteropStore } from "./interop.js";
import { RecordStore } from "./records.js";
import type { SqlSession } from "./session.js";
import { SourceStore } from "./sources.js";
import { StatsStore } from "./stats.js";
import { AuthStore, UserStore } from "./users.js";

export function createDomains(session: SqlSession) {
  return {
    /** Generic reads and writes of versioned records, revisions, and the case a record belongs to. */
    records: new RecordStore(session),
    users: new UserStore(session), // accounts: by email, pages, admins, password hashes
    auth: new AuthStore(session), // sign-in sessions, API tokens, sign-in and token throttles
    stats: new StatsStore(session), // case overview figures and network views
    entities: new EntityStore(session),
    events: new EventStore(session),
    sources: new SourceStore(session),
    annotations: new AnnotationStore(session),
    charges: new ChargeStore(session),
    cases: new CaseStore(session),
    history: new HistoryStore(session),
    /** Data interchange: case scopes and records in export order, mention suggestions, FtM import lookups. */
    interop: new InteropStore(session),
  };
}

export type Domains = ReturnType<typeof createDomains>;
