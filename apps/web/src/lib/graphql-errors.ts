/** One GraphQL error as the API sends it (`extensions.code` names the kind). */
export type GraphQLErrorShape = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
};

/** A failed API call: unreachable API, HTTP error, or GraphQL errors with their codes. */
export class ApiError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLErrorShape[];

  constructor(message: string, code: string, errors: readonly GraphQLErrorShape[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.errors = errors;
  }

  static fromErrors(errors: readonly GraphQLErrorShape[]): ApiError {
    const first = errors[0];
    const code = first?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    return new ApiError(errors.map((e) => e.message).join("; ") || "The API returned an error.", code, errors);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
