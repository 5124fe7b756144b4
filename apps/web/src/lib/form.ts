import type { z } from "zod";
import { ApiError } from "./graphql-errors";

/** Messages by form field (`name`, `birthDate`, `participants[0].entityId`); `""` holds what concerns no one field. */
export type FieldErrors = Record<string, string>;

/** `["participants", 0, "entityId"]` → `participants[0].entityId`, the key a form field uses. */
export function fieldKey(path: readonly PropertyKey[]): string {
  let key = "";
  for (const part of path) key += typeof part === "number" ? `[${part}]` : key ? `.${String(part)}` : String(part);
  return key;
}

/** The issues of a zod validator (the same one the API runs), keyed by field; the first message per field wins. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = fieldKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

/** `$.input.birthDate` → `birthDate`; `$.input.quote.exact` → `quote.exact`. */
export function serverFieldKey(path: string): string {
  return path.replace(/^\$\.input\.?/, "").replace(/^\$\.?/, "");
}

/**
 * The field errors of a BAD_USER_INPUT answer (`extensions.fields[{ path, message }]`), keyed
 * like the form's fields; a message without fields goes under `""`.
 */
export function apiFieldErrors(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of error.errors) {
    const fields = e.extensions?.fields;
    if (Array.isArray(fields) && fields.length > 0) {
      for (const f of fields as Array<{ path?: string; message?: string }>) {
        const key = serverFieldKey(f.path ?? "");
        errors[key] ??= f.message ?? e.message;
      }
    } else {
      errors[""] ??= e.message;
    }
  }
  return errors;
}

/** A field's error, also when the message concerns a part of it (`quote.exact` for `quote`). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${name}.`) || key.startsWith(`${name}[`));
  return nested ? errors[nested] : undefined;
}

/** A message a person can act on, for any failed mutation. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case "FORBIDDEN":
        return `You are not allowed to do this: ${error.message}`;
      case "UNAUTHENTICATED":
        return "Your session has ended. Sign in again (in another tab, to keep this page) and retry.";
      case "NETWORK_ERROR":
      case "API_UNREACHABLE":
        return "Could not reach the server. Nothing was saved; check your connection and retry.";
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : "Something went wrong; nothing was saved.";
}

/** The current version a CONFLICT answer carries, if it is one. */
export function conflictVersion(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== "CONFLICT") return null;
  const version = error.errors[0]?.extensions?.currentVersion;
  return typeof version === "number" ? version : null;
}

/** A form validator from a shared zod schema; `fixed` adds what the form does not show (the case, the kind). */
export function validateWith(
  schema: { safeParse: (input: unknown) => { success: true } | { success: false; error: z.ZodError } },
  fixed: Record<string, unknown> = {},
): (input: Record<string, unknown>) => FieldErrors | null {
  return (input) => {
    const result = schema.safeParse({ ...fixed, ...input });
    return result.success ? null : zodFieldErrors(result.error);
  };
}
