import { notFound } from "next/navigation";
import { ApiError } from "./graphql-errors";
import { isMissingRecord } from "./graphql-server";

export type Attempt<T> = { isOk: true; data: T } | { isOk: false; error: ApiError };

/**
 * Runs a server-side API call and returns the ApiError instead of throwing it, so a page can show
 * a specific error state (production masks thrown messages). Anything else, including Next's
 * notFound() and redirect() signals, is rethrown. An answer that the page's address names no
 * record (an unknown ID or case) renders the 404 page, with its 404 status.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { isOk: true, data: await run() };
  } catch (error) {
    if (isMissingRecord(error)) notFound();
    if (error instanceof ApiError) return { isOk: false, error };
    throw error;
  }
}
