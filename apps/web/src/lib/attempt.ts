import { ApiError } from "./graphql-errors";

export type Attempt<T> = { isOk: true; data: T } | { isOk: false; error: ApiError };

/**
 * Runs a server-side API call and returns the ApiError instead of throwing it, so a page can show
 * a specific error state (production masks thrown messages). Anything else, including Next's
 * notFound() and redirect() signals, is rethrown.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { isOk: true, data: await run() };
  } catch (error) {
    if (error instanceof ApiError) return { isOk: false, error };
    throw error;
  }
}
