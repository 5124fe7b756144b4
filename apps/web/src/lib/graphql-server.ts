import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { TypedDocumentString } from "@/gql/graphql";
import { apiUrl, PAGE_URL_HEADER } from "./config";
import { ApiError, type GraphQLErrorShape } from "./graphql-errors";

type Variables<V> = V extends Record<string, never> ? Record<string, never> | undefined : V;

/**
 * Runs a typed operation against the API from a server component or route handler. The incoming
 * request's cookie and Authorization headers are forwarded, so the API sees the same viewer the
 * browser is signed in as. Throws ApiError on transport or GraphQL errors.
 */
export async function serverQuery<R, V>(document: TypedDocumentString<R, V>, variables?: Variables<V>): Promise<R> {
  const incoming = await headers();
  const forwarded: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  const cookie = incoming.get("cookie");
  if (cookie) forwarded.cookie = cookie;
  const authorization = incoming.get("authorization");
  if (authorization) forwarded.authorization = authorization;
  try {
    return await postGraphQL(document.toString(), variables ?? {}, forwarded);
  } catch (error) {
    // A signed-out visitor on a page the API will not show them: sign in, then come back.
    const page = incoming.get(PAGE_URL_HEADER);
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED" && page && !page.startsWith("/sign-in")) {
      redirect(`/sign-in?next=${encodeURIComponent(page)}`);
    }
    throw error;
  }
}

/**
 * Like serverQuery, but a NOT_FOUND error, or an address whose ID is not an ID at all (the API's
 * BAD_USER_INPUT "is not a global ID"), renders the page's 404.
 */
export async function serverQueryOrNotFound<R, V>(document: TypedDocumentString<R, V>, variables: Variables<V>): Promise<R> {
  try {
    return await serverQuery(document, variables);
  } catch (error) {
    if (isMissingRecord(error)) notFound();
    throw error;
  }
}

/**
 * The page's own record, asked once per request: a page's generateMetadata and the page itself
 * need the same record, and React's cache() hands the second caller the first one's answer (or
 * its 404). Next memoizes GET fetches only; the API is asked by POST, so nothing else dedupes it.
 * Keyed by the document and its variables as JSON.
 */
const pageQueryOnce = cache(
  <R, V>(document: TypedDocumentString<R, V>, variablesJson: string): Promise<R> =>
    serverQueryOrNotFound(document, JSON.parse(variablesJson)),
);

/** serverQueryOrNotFound, deduplicated per request (for the queries generateMetadata and the page share). */
export function pageQuery<R, V>(document: TypedDocumentString<R, V>, variables: Variables<V>): Promise<R> {
  return pageQueryOnce(document, JSON.stringify(variables ?? {}));
}

export async function postGraphQL<R>(query: string, variables: unknown, requestHeaders: Record<string, string>): Promise<R> {
  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: "POST",
      headers: requestHeaders,
      body: JSON.stringify({ query, variables }),
      cache: "no-store",
    });
  } catch (cause) {
    throw new ApiError(`The Casefile API is not reachable (${(cause as Error).message}).`, "API_UNREACHABLE");
  }
  let payload: { data?: R | null; errors?: GraphQLErrorShape[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new ApiError(`The Casefile API answered ${response.status} without a GraphQL body.`, "BAD_RESPONSE");
  }
  if (payload.errors?.length) throw ApiError.fromErrors(payload.errors);
  if (!payload.data) throw new ApiError("The Casefile API returned no data.", "BAD_RESPONSE");
  return payload.data;
}

/**
 * The API's answer for an address that names no record: NOT_FOUND, an ID that is not an ID, or
 * a case slug no case has (both BAD_USER_INPUT).
 */
export function isMissingRecord(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.code === "NOT_FOUND" ||
    (error.code === "BAD_USER_INPUT" && /not a global ID|there is no case with slug/i.test(error.message))
  );
}
