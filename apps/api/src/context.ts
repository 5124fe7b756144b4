import type { Queries, Store } from "@casefile/db";
import type { UserRole } from "@casefile/schema/enums";
import { createLoaders, type Loaders } from "./loaders.js";

/** Who is making the request. */
export interface Viewer {
  userId: string;
  name: string;
  role: UserRole;
  /** Set when the request authenticated with an API token rather than a session. */
  tokenId: string | null;
}

/** Per-request context: fresh loaders (their caches live for one request only). */
export interface Context {
  store: Store;
  queries: Queries;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
}

export function createContext(store: Store, queries: Queries, viewer: Viewer | null, requestId: string): Context {
  return { store, queries, loaders: createLoaders(queries), viewer, requestId };
}
