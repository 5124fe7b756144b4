import type { ApiError } from "@/lib/graphql-errors";
import { ErrorState } from "./states";

const HINTS: Record<string, string> = {
  API_UNREACHABLE: "The dashboard could not reach the Casefile API. Check that it is running, then reload.",
  UNAUTHENTICATED: "Sign in to see this page.",
  FORBIDDEN: "Your account is not allowed to see this.",
  RATE_LIMITED: "Too many requests. Wait a moment and reload.",
  BAD_USER_INPUT: "This address does not name a record. Check the link, or search for the record by name.",
  NOT_FOUND: "There is no record at this address. It may have been merged or deleted.",
};

/** A failed load in plain words; the API's error code is kept for support, out of the sentence. */
export function ApiErrorState({ error, what }: { error: ApiError; what: string }) {
  return (
    <div data-error-code={error.code}>
      <ErrorState title={`Could not load ${what}`} message={HINTS[error.code] ?? error.message} />
    </div>
  );
}
