/** Where the GraphQL API listens, read at run time so one build can serve any API address. */
export function apiUrl(): string {
  if (process.env.CASEFILE_API_URL) return process.env.CASEFILE_API_URL;
  const host = process.env.CASEFILE_API_HOST ?? "127.0.0.1";
  const port = process.env.CASEFILE_API_PORT ?? "4000";
  return `http://${host}:${port}/graphql`;
}

/**
 * Cookie remembering the last case visited (its slug; not httpOnly, the case switcher sets it), so
 * case-scoped links and choices on pages outside a case follow the case the analyst was working in.
 * There is no default case: without it, those pages offer every case.
 */
export const CURRENT_CASE_COOKIE = "casefile_case";

/** The API's largest page size; list pages ask for at most this many rows at a time. */
export const MAX_PAGE_SIZE = 100;

/** Name of the session cookie the API sets on sign-in (httpOnly; forwarded as is). */
export const SESSION_COOKIE = "casefile_session";

/** Request header (set by src/proxy.ts) carrying the page's path and query, so a server component can send a signed-out visitor back to it after sign-in. */
export const PAGE_URL_HEADER = "x-casefile-page";
