import { unwrapResolverError } from "@apollo/server/errors";
import { EngineFeatureError, unstorableTextProblem } from "@casefile/db";
import type { GraphQLFormattedError } from "graphql";
import { describeLimitError } from "./limits.js";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "QUERY_TOO_COMPLEX"
  | "RATE_LIMITED"
  | "QUERY_TIMEOUT"
  | "DATABASE_BUSY"
  | "NOT_AVAILABLE_ON_ENGINE"
  | "INTERNAL_SERVER_ERROR";

export interface InvalidField {
  /** JSON path of the field in the input, e.g. `$.input.name`. */
  path: string;
  message: string;
}

/** The one error type services throw. `details` travel to the client in `extensions`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  static badInput(message: string, fields: InvalidField[] = []) {
    return new AppError("BAD_USER_INPUT", message, fields.length > 0 ? { fields } : {});
  }

  static notFound(what: string) {
    return new AppError("NOT_FOUND", `${what} was not found`);
  }
}

/**
 * SQLite could not get a lock in time (another connection, e.g. a CLI import, is writing). The
 * request changed nothing and may be sent again.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/** Seconds a client is asked to wait before retrying a write the database was too busy for. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

export function busyError(waitedMs: number): AppError {
  return new AppError(
    "DATABASE_BUSY",
    `The database is busy with another write (an import or a backup, say) and this request could not get it within ${waitedMs} ms. Nothing was changed: send it again in a moment.`,
    { retryable: true, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
  );
}

/**
 * Runs `run` again while it fails because the database is locked, waiting (without blocking
 * the event loop) 5 ms, then twice as long each time up to 250 ms, until `waitMs` have passed;
 * then throws DATABASE_BUSY. Meant for one mutation: a write transaction that could not begin
 * wrote nothing, so running it again is safe.
 */
export async function retryWhileBusy<T>(run: () => T | Promise<T>, waitMs: number): Promise<T> {
  const started = performance.now();
  let delay = 5;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      const waited = performance.now() - started;
      if (waited + delay > waitMs) throw busyError(waitMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 250);
    }
  }
}

/** Codes Apollo and graphql-js produce themselves, passed through as they are. */
const passThrough = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_COMPLEX",
]);

/**
 * Maps every error to what a client may see: AppErrors with their code and details; GraphQL's
 * own request errors as they are; anything else masked as INTERNAL_SERVER_ERROR (logged, and
 * shown with its message and stack only when `exposeStackTraces`: CASEFILE_EXPOSE_STACK_TRACES).
 */
export function createErrorFormatter(options: { exposeStackTraces: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    // An operation the configured engine does not have yet (PostgreSQL: search, FtM import and
    // export, bundle export): said plainly, not masked as an internal error.
    if (original instanceof EngineFeatureError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "NOT_AVAILABLE_ON_ENGINE" },
      };
    }
    const unstorable = unstorableTextProblem(original);
    if (unstorable) {
      return {
        message: unstorable,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT" },
      };
    }
    if (isBusyError(original)) {
      const busy = busyError(0);
      return {
        message:
          "The database is busy with another write and could not answer in time. Nothing was changed: send the request again in a moment.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: busy.code, ...busy.details },
      };
    }
    const limit = describeLimitError(formatted.message);
    if (limit) return { message: limit, locations: formatted.locations, extensions: { code: "QUERY_TOO_COMPLEX" } };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && passThrough.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.exposeStackTraces ? formatted.extensions : extensions };
    }
    options.log(original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: options.exposeStackTraces
        ? {
            code: "INTERNAL_SERVER_ERROR",
            detail: (original as Error)?.message,
            stacktrace: (original as Error)?.stack?.split("\n"),
          }
        : { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
