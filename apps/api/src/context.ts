import type { Loaders, Store } from "@casefile/db";
import type { UserRole } from "@casefile/schema/enums";

/** Who is making the request. */
export interface Viewer {
  userId: string;
  name: string;
  role: UserRole;
  /** Set when the request authenticated with an API token rather than a session. */
  tokenId: string | null;
  /** SHA-256 of the session secret, when the request came with a session cookie (used by logout). */
  sessionId?: string | null;
}

/** What resolvers may add to the HTTP response (server.ts applies it). */
export interface ResponseHooks {
  /** Adds a `Set-Cookie` header (a complete cookie string). */
  setCookie(cookie: string): void;
}

/** Settings the services need from the configuration. */
export interface ContextSettings {
  isProduction: boolean;
  sessionDays: number;
  isPublicRead: boolean;
  /** The time limit of one search (CASEFILE_SEARCH_TIMEOUT_MS). */
  searchTimeoutMs?: number;
}

/** Per-request context: fresh loaders (their caches live for one request only). */
export interface Context {
  store: Store;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
  /** The client's address (what sign-in throttles count failures by). */
  clientAddress: string;
  setCookie: ResponseHooks["setCookie"];
  settings: ContextSettings;
}

const defaultSettings: ContextSettings = { isProduction: false, sessionDays: 14, isPublicRead: false };

export function createContext(
  store: Store,
  viewer: Viewer | null,
  requestId: string,
  hooks: ResponseHooks = { setCookie: () => {} },
  settings: ContextSettings = defaultSettings,
  clientAddress = "unknown",
): Context {
  return {
    store,
    loaders: store.createLoaders(),
    viewer,
    requestId,
    clientAddress,
    setCookie: hooks.setCookie,
    settings,
  };
}
