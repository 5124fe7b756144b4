/** Turning mutation inputs into validated values, with errors that point at the input field. */
import { fromGlobalId, type NodeTypeName } from "@casefile/schema/ids";
import { formatPath } from "@casefile/schema/validators";
import type { z } from "zod";
import { AppError, type InvalidField } from "./errors.js";

/** JSON path of a field of the mutation's `input` argument, e.g. `$.input.name`. */
export const inputPath = (...path: PropertyKey[]) => formatPath(["input", ...path]);

/** Parses `input` with a shared validator; every invalid field comes back in one BAD_USER_INPUT. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(result.error.issues.map((issue) => ({ path: inputPath(...issue.path), message: issue.message })));
}

export function invalidInput(fields: InvalidField[]): AppError {
  const first = fields[0];
  const summary = first ? `${first.path.replace(/^\$\.input\./, "")}: ${first.message}` : "the input is invalid";
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more problem${fields.length > 2 ? "s" : ""})` : "";
  return AppError.badInput(`Invalid input: ${summary}${more}`, fields);
}

/** BAD_USER_INPUT about one field of the input. */
export const fieldError = (field: string, message: string) => invalidInput([{ path: inputPath(...field.split(".")), message }]);

/** Decodes a global ID given in the input; it must name one of `types`. */
export function decodeId(
  globalId: string,
  types: readonly NodeTypeName[],
  field: string,
): { typeName: NodeTypeName; id: string } {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !types.includes(decoded.typeName)) {
    const what = types.length > 4 ? "record" : types.join(" or ");
    throw fieldError(field, `not the ID of a ${what}: use an id returned by the API`);
  }
  return decoded;
}

/** Drops keys whose value is undefined and keeps explicit nulls (null clears a field). */
export function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Parses an update's input and keeps only the fields the client sent (validators fill absent
 * optional fields with null, which here would mean "clear it").
 */
export function parsePatch<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = parseInput(schema, input) as Record<string, unknown>;
  const sent = new Set(
    Object.entries((input ?? {}) as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k),
  );
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.has(k))) as z.infer<S>;
}
