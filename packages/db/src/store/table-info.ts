/**
 * What the table definitions (../tables) say about storing each field: its column name and
 * whether it holds JSON or a boolean. Every row conversion in the store reads this, so a new
 * JSON or boolean column needs only its table definition.
 */
import { getTableColumns, getTableName, is, Table } from "drizzle-orm";
import type {
  AnnotationRow,
  ApiTokenRow,
  CaseRoleRow,
  CaseRow,
  ChargeDefendantRow,
  ChargeRow,
  CitationRow,
  EntityRow,
  EventParticipantRow,
  EventRow,
  RelationshipRow,
  RevisionRow,
  SessionRow,
  SourceRow,
  UserRow,
} from "../tables/index.js";
import * as tables from "../tables/index.js";

/** The row type of each versioned table, by table name. */
export interface TableRows {
  cases: CaseRow;
  entities: EntityRow;
  case_roles: CaseRoleRow;
  relationships: RelationshipRow;
  events: EventRow;
  event_participants: EventParticipantRow;
  charges: ChargeRow;
  charge_defendants: ChargeDefendantRow;
  sources: SourceRow;
  citations: CitationRow;
  annotations: AnnotationRow;
  users: UserRow;
  revisions: RevisionRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
}

export type TableName = keyof TableRows;

export type Conversion = "json" | "boolean" | null;

export interface ColumnInfo {
  /** The column's name in SQL (snake_case). */
  column: string;
  conversion: Conversion;
  /** What null becomes in a NOT NULL JSON column (its default: [] or {}). */
  jsonDefault?: unknown;
}

const fieldNames = new Map<string, string>();

/** The record field a result column (snake_case) becomes: camelCase, as the table types say. */
export function fieldNameOf(column: string): string {
  let key = fieldNames.get(column);
  if (key === undefined) {
    key = column.replace(/(?<!^)_([a-z])/g, (_, c: string) => c.toUpperCase());
    fieldNames.set(column, key);
  }
  return key;
}

const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function conversionOf(columnType: string): Conversion {
  if (columnType.endsWith("Json") || columnType.endsWith("Jsonb")) return "json";
  if (columnType.endsWith("Boolean")) return "boolean";
  return null;
}

/** Field (camelCase key) -> column, per table name. */
export const tableColumns = new Map<string, Map<string, ColumnInfo>>();
/** Column names (snake_case) holding JSON, in any table. */
export const jsonColumnNames = new Set<string>();
/** Column names (snake_case) holding booleans, in any table. */
export const booleanColumnNames = new Set<string>();

for (const table of Object.values(tables)) {
  if (!is(table, Table)) continue;
  const columns = new Map<string, ColumnInfo>();
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const info: ColumnInfo = { column: toSnake(column.name), conversion: conversionOf(column.columnType) };
    if (info.conversion === "json" && column.notNull && column.default !== undefined) info.jsonDefault = column.default;
    columns.set(key, info);
    if (info.conversion === "json") jsonColumnNames.add(info.column);
    if (info.conversion === "boolean") booleanColumnNames.add(info.column);
  }
  tableColumns.set(getTableName(table), columns);
}

/** The columns of `table`: throws for a name that is not a table (a bug, never user input). */
export function columnsOf(table: string): Map<string, ColumnInfo> {
  const columns = tableColumns.get(table);
  if (!columns) throw new Error(`no table named ${table}`);
  return columns;
}

/** A field's value as the column stores it (JSON as text, booleans as the engine's own). */
export function toColumnValue(info: ColumnInfo, value: unknown, booleanValue: (value: boolean) => unknown): unknown {
  if (value === undefined) return null;
  if (info.conversion === "json")
    return value === null && info.jsonDefault === undefined ? null : JSON.stringify(value ?? info.jsonDefault);
  if (info.conversion === "boolean") return booleanValue(Boolean(value));
  return value;
}
