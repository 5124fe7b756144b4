"use client";

import { ErrorState } from "@/components/states";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Server errors reach the browser masked; the digest ties the message to the server log.
  const message =
    error.message && !error.message.startsWith("An error occurred in the Server Components render")
      ? error.message
      : "The page could not be loaded. The API may be unavailable.";
  return (
    <ErrorState
      title="This page could not be loaded"
      message={`${message}${error.digest ? ` (reference ${error.digest})` : ""}`}
      action={
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      }
    />
  );
}
