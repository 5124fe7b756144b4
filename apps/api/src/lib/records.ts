/**
 * The write primitives every service uses: read a row, insert, update (bumping the version),
 * delete, and append the revision that records the write. Call them inside
 * `writeTransaction(store, ...)`, so a write and its revision commit together or not at all.
 */
import { appendRevision, diffRecords, type FieldChanges, toRecord } from "@casefile/db";
import { partialDate } from "@casefile/schema/dates";
import { entityTypeNames, type RevisionAction, type TargetType } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import type { Context } from "../context.js";
import { secretFields } from "./access.js";
import { AppError } from "./errors.js";

export type Row = Record<string, unknown> & { id: string; version: number };

const jsonKeys = new Set(["aliases", "tags", "fieldStatuses"]);
const booleanKeys = new Set(["isOrphaned", "isDisabled"]);
const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toDbValue(key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (jsonKeys.has(key)) return JSON.stringify(value ?? (key === "fieldStatuses" ? {} : []));
  if (booleanKeys.has(key)) return value ? 1 : 0;
  return value;
}

/** Table of each record type. */
export const tableOf: Record<string, string> = {
  Case: "cases",
  Person: "entities",
  Organization: "entities",
  OnlinePersona: "entities",
  Place: "entities",
  Artifact: "entities",
  CaseRole: "case_roles",
  Relationship: "relationships",
  Event: "events",
  EventParticipant: "event_participants",
  Charge: "charges",
  ChargeDefendant: "charge_defendants",
  Source: "sources",
  Citation: "citations",
  Annotation: "annotations",
  User: "users",
};

/** Record type (revision `recordType`, global ID type name) of citation and annotation targets. */
// ENTITY stands for any entity type: loading by "Person" resolves the entity's own kind.
export const typeOfTarget: Record<TargetType, NodeTypeName> = { ...targetTypeNames, ENTITY: "Person" };

export const targetOfType: Partial<Record<NodeTypeName, TargetType>> = {
  Case: "CASE",
  Person: "ENTITY",
  Organization: "ENTITY",
  OnlinePersona: "ENTITY",
  Place: "ENTITY",
  Artifact: "ENTITY",
  CaseRole: "CASE_ROLE",
  Relationship: "RELATIONSHIP",
  Event: "EVENT",
  EventParticipant: "EVENT_PARTICIPANT",
  Charge: "CHARGE",
  ChargeDefendant: "CHARGE_DEFENDANT",
  Source: "SOURCE",
};

/** The type name a row of `table` is recorded under (entities: by kind). */
export function recordTypeOf(table: string, row: Record<string, unknown>): NodeTypeName {
  if (table === "entities") return entityTypeNames[row.kind as keyof typeof entityTypeNames];
  const found = Object.entries(tableOf).find(([, t]) => t === table);
  if (!found) throw new Error(`no record type for table ${table}`);
  return found[0] as NodeTypeName;
}

export function readRow<T extends Row = Row>(ctx: Context, table: string, id: string): T | undefined {
  return ctx.queries.get<T>(`SELECT * FROM ${table} WHERE id = ?`, [id]);
}

export function readRows<T extends Row = Row>(ctx: Context, sql: string, params: unknown[]): T[] {
  return ctx.queries.all<T>(sql, params);
}

/**
 * The fields revisions store and CONFLICT errors show: never secrets. Fields only some viewers
 * may see (a user's email) are stored and left out when read (access.ts `visibleFields`).
 */
export function publicFields(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([field]) => !secretFields.has(field)));
}

export const now = () => new Date().toISOString();

export function insertRow(ctx: Context, table: string, values: Record<string, unknown>): Row {
  const keys = Object.keys(values).filter((k) => values[k] !== undefined);
  ctx.queries.run(
    `INSERT INTO ${table} (${keys.map(toSnake).join(", ")}) VALUES (${keys.map(() => "?").join(", ")})`,
    keys.map((k) => toDbValue(k, values[k])),
  );
  return readRow(ctx, table, values.id as string) as Row;
}

/** Sets `values`, bumps the version and updated_at; returns the row after. */
export function updateRow(ctx: Context, table: string, before: Row, values: Record<string, unknown>): Row {
  const keys = Object.keys(values).filter((k) => values[k] !== undefined && k !== "id" && k !== "version");
  const result = ctx.queries.run(
    `UPDATE ${table} SET ${[...keys.map((k) => `${toSnake(k)} = ?`), "version = version + 1", "updated_at = ?"].join(", ")}
     WHERE id = ? AND version = ?`,
    [...keys.map((k) => toDbValue(k, values[k])), now(), before.id, before.version],
  );
  // The version was checked in this same transaction; a miss here means a bug, not a race.
  if (result.changes !== 1) throw new Error(`update of ${table} ${before.id} at version ${before.version} matched no row`);
  return readRow(ctx, table, before.id) as Row;
}

export function deleteRows(ctx: Context, table: string, id: string): void {
  ctx.queries.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
}

/** The case a record belongs to, for revisions and the case's activity feed. */
export function caseIdOf(ctx: Context, typeName: NodeTypeName, row: Record<string, unknown>): string | null {
  switch (typeName) {
    case "Case":
      return row.id as string;
    case "CaseRole":
    case "Event":
    case "Charge":
      return row.caseId as string;
    case "Person":
    case "Organization":
    case "OnlinePersona":
    case "Place":
    case "Artifact":
      return (
        ctx.queries.value<string>("SELECT case_id FROM case_roles WHERE entity_id = ? ORDER BY case_id, position LIMIT 1", [
          row.id,
        ]) ?? null
      );
    case "EventParticipant":
      return ctx.queries.value<string>("SELECT case_id FROM events WHERE id = ?", [row.eventId]) ?? null;
    case "ChargeDefendant":
      return ctx.queries.value<string>("SELECT case_id FROM charges WHERE id = ?", [row.chargeId]) ?? null;
    case "Annotation":
      return (row.caseId as string | null) ?? targetCaseId(ctx, row.targetType as TargetType, row.targetId as string);
    case "Citation":
      return targetCaseId(ctx, row.targetType as TargetType, row.targetId as string);
    default:
      return null;
  }
}

export function targetCaseId(ctx: Context, targetType: TargetType, targetId: string): string | null {
  const typeName = typeOfTarget[targetType];
  const row = readRow(ctx, tableOf[typeName] as string, targetId);
  return row ? caseIdOf(ctx, recordTypeOf(tableOf[typeName] as string, row), row) : null;
}

export interface RevisionWrite {
  typeName: NodeTypeName;
  action: RevisionAction;
  before: Row | null;
  after: Row | null;
  /** Extra entries for `changes` (merge details, cascaded dependents). */
  extraChanges?: FieldChanges;
  caseId?: string | null;
}

/** Appends the revision of a write; returns its id. */
export function recordRevision(ctx: Context, write: RevisionWrite): number {
  const { before, after } = write;
  const row = (after ?? before) as Row;
  const version = after ? after.version : (before as Row).version + 1;
  appendRevision(ctx.store.sqlite, {
    recordType: write.typeName,
    recordId: row.id,
    caseId: write.caseId !== undefined ? write.caseId : caseIdOf(ctx, write.typeName, row),
    version,
    action: write.action,
    actorId: ctx.viewer?.userId ?? null,
    changes: { ...diffRecords(before ? publicFields(before) : null, after ? publicFields(after) : null), ...write.extraChanges },
    snapshot: after ? publicFields(after) : null,
  });
  return ctx.queries.value<number>("SELECT last_insert_rowid()") as number;
}

/** Loads a row to change: NOT_FOUND if it is gone, CONFLICT if the client's version is stale. */
export function rowForWrite<T extends Row = Row>(ctx: Context, table: string, id: string, version: number, what: string): T {
  const row = readRow<T>(ctx, table, id);
  if (!row) throw AppError.notFound(what);
  checkVersion(row, version, what);
  return row;
}

export function checkVersion(row: Row, version: number, what: string): void {
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
export function changedValues(before: Row, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) out[key] = value;
  }
  return out;
}

/** SQLite constraint failures as input errors naming the field. */
export function constraintError(error: unknown, fieldByIndex: Record<string, [string, string]>): AppError | null {
  const message = (error as Error)?.message ?? "";
  if (!/constraint failed/i.test(message)) return null;
  for (const [marker, [field, text]] of Object.entries(fieldByIndex)) {
    if (message.includes(marker))
      return AppError.badInput(`Invalid input: ${text}`, [{ path: `$.input.${field}`, message: text }]);
  }
  return null;
}

export { toRecord };
