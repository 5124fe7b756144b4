import { ApiError } from "./graphql-errors";
import { postGraphQL } from "./graphql-server";

/**
 * Whether the API lets a signed-out visitor read (CASEFILE_PUBLIC_READ on the API): asked with
 * the cheapest read there is, an empty `nodes` lookup, sent without the visitor's credentials.
 * An API that cannot be reached counts as not public, so no page promises what it cannot keep.
 */
export async function isReadingPublic(): Promise<boolean> {
  try {
    await postGraphQL("query PublicReadProbe { nodes(ids: []) { __typename } }", {}, { "content-type": "application/json" });
    return true;
  } catch (error) {
    if (error instanceof ApiError) return false;
    throw error;
  }
}
