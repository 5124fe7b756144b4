/**
 * Pure helpers for writing records, shared by lib/write.ts and the services: which fields a
 * revision may keep, version checks, partial-date columns, no-op detection, and constraint
 * failures as input errors. No data access here: that is the store's (packages/db).
 */
import { partialDate } from "@casefile/schema/dates";
import { secretFields } from "./access.js";
import { AppError } from "./errors.js";

export type { Row } from "@casefile/db";
export { now } from "@casefile/db";

type Versioned = { id: string; version: number };

/**
 * The fields revisions store and CONFLICT errors show: never secrets. Fields only some viewers
 * may see (a user's email) are stored and left out when read (access.ts `visibleFields`).
 */
export function publicFields(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([field]) => !secretFields.has(field)));
}

export function checkVersion(row: Versioned, version: number, what: string): void {
  if (row.version !== version) {
    throw new AppError(
      "CONFLICT",
      `${what} was changed by someone else since you read it (you sent version ${version}; it is now at version ${row.version}). Reload it, reapply your change and send version ${row.version}.`,
      { currentVersion: row.version, current: publicFields(row) },
    );
  }
}

/** A partial date's value and precision columns. */
export function dateColumns(name: string, value: string | null | undefined): Record<string, string | null> {
  if (value === undefined || value === null) return { [name]: null, [`${name}Precision`]: null };
  return { [name]: value, [`${name}Precision`]: partialDate(value).precision };
}

/** Only the values that differ from the row's (so a no-op update writes nothing). */
export function changedValues(before: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) out[key] = value;
  }
  return out;
}

/** Constraint failures as input errors naming the field. */
export function constraintError(error: unknown, fieldByIndex: Record<string, [string, string]>): AppError | null {
  const message = (error as Error)?.message ?? "";
  if (!/constraint failed|violates (unique|foreign key|check) constraint/i.test(message)) return null;
  for (const [marker, [field, text]] of Object.entries(fieldByIndex)) {
    if (message.includes(marker))
      return AppError.badInput(`Invalid input: ${text}`, [{ path: `$.input.${field}`, message: text }]);
  }
  return null;
}
