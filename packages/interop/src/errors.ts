/**
 * The one error type this package throws. Its codes are the API's error codes, so the GraphQL
 * layer maps it one to one onto its own AppError (same code, message and details).
 */
export type InteropErrorCode = "BAD_USER_INPUT" | "NOT_FOUND";

export interface InteropIssue {
  /** Where the problem is: a JSON path (`$.properties.name`) or a line (`line 12`). */
  path: string;
  message: string;
}

export class InteropError extends Error {
  constructor(
    readonly code: InteropErrorCode,
    message: string,
    readonly details: { issues?: InteropIssue[] } & Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "InteropError";
  }

  static badInput(message: string, issues: InteropIssue[] = []) {
    return new InteropError("BAD_USER_INPUT", message, issues.length > 0 ? { issues } : {});
  }

  static notFound(what: string) {
    return new InteropError("NOT_FOUND", `${what} was not found`);
  }
}
