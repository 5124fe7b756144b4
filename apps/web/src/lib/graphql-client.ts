"use client";

import type { TypedDocumentString } from "@/gql/graphql";
import { ApiError, type GraphQLErrorShape } from "./graphql-errors";

/**
 * Runs a typed operation from the browser against the same-origin `/graphql` proxy; the session
 * cookie travels with it. Throws ApiError with the API's error code.
 */
export async function clientQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  return postSameOrigin<R>(document.toString(), variables, signal);
}

export async function postSameOrigin<R>(query: string, variables: unknown, signal?: AbortSignal): Promise<R> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (cause) {
    if ((cause as Error).name === "AbortError") throw cause;
    throw new ApiError("Could not reach the server. Check your connection and try again.", "NETWORK_ERROR");
  }
  let payload: { data?: R | null; errors?: GraphQLErrorShape[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL body.`, "BAD_RESPONSE");
  }
  if (payload.errors?.length) throw ApiError.fromErrors(payload.errors);
  if (!payload.data) throw new ApiError("The server returned no data.", "BAD_RESPONSE");
  return payload.data;
}
