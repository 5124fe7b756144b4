import type { ApiError } from "@/lib/graphql-errors";
import { ErrorState } from "./states";

const HINTS: Record<string, string> = {
  API_UNREACHABLE: "The dashboard could not reach the Casefile API. Check that it is running, then reload.",
  UNAUTHENTICATED: "Sign in to see this page.",
  FORBIDDEN: "Your account is not allowed to see this.",
  RATE_LIMITED: "Too many requests. Wait a moment and reload.",
};

export function ApiErrorState({ error, what }: { error: ApiError; what: string }) {
  return <ErrorState title={`Could not load ${what}`} message={`${HINTS[error.code] ?? error.message} (${error.code})`} />;
}
