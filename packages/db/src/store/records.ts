/**
 * The write primitives every domain shares: read a row, insert, update (checking and bumping
 * the version), delete, append the revision that records a write, and find the case a record
 * belongs to. Called with a transaction's session, so a write and its revision commit together.
 */
import type { TargetType } from "@casefile/schema/enums";
import { entityTypeNames } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import { INSERT_REVISION_SQL, type RevisionInput, revisionParams } from "./revisions.js";
import type { SqlSession } from "./session.js";
import { columnsOf, type TableName, type TableRows, toColumnValue } from "./table-info.js";

/** A versioned record as the generic primitives see it. */
export type Row = Record<string, unknown> & { id: string; version: number };

/** Table of each record type. */
export const tableOf = {
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
} as const satisfies Partial<Record<NodeTypeName, TableName>>;

export type RecordTypeName = keyof typeof tableOf;

/** Record type (revision `recordType`, global ID type name) of citation and annotation targets. */
// ENTITY stands for any entity type: loading by "Person" resolves the entity's own kind.
export const typeOfTarget: Record<TargetType, NodeTypeName> = { ...targetTypeNames, ENTITY: "Person" };

/** The type name a row of `table` is recorded under (entities: by kind). */
export function recordTypeOf(table: string, row: Record<string, unknown>): NodeTypeName {
  if (table === "entities") return entityTypeNames[row.kind as keyof typeof entityTypeNames];
  const found = Object.entries(tableOf).find(([, t]) => t === table);
  if (!found) throw new Error(`no record type for table ${table}`);
  return found[0] as NodeTypeName;
}

export const now = () => new Date().toISOString();

/** A row that goes with another when that one is deleted. */
export interface Dependent {
  table: TableName;
  recordType: NodeTypeName;
  row: Row;
}

/** Target type of each record type that citations and annotations can be about. */
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

export class RecordStore {
  constructor(private readonly session: SqlSession) {}

  /** One row by id, or undefined. */
  read<T extends TableName>(table: T, id: string | number): Promise<TableRows[T] | undefined> {
    return this.session.get<TableRows[T]>(`SELECT * FROM ${table} WHERE id = ?`, [id]);
  }

  /** Inserts a row (fields left undefined take the column's default) and returns it as stored. */
  async insert<T extends TableName>(table: T, values: Partial<TableRows[T]> & { id: string }): Promise<TableRows[T]> {
    const columns = columnsOf(table);
    const fields = Object.keys(values).filter((key) => (values as Record<string, unknown>)[key] !== undefined);
    const params = fields.map((key) => this.columnValue(table, key, (values as Record<string, unknown>)[key]));
    await this.session.run(
      `INSERT INTO ${table} (${fields.map((key) => this.column(columns, table, key)).join(", ")}) VALUES (${fields.map(() => "?").join(", ")})`,
      params,
    );
    return (await this.read(table, values.id)) as TableRows[T];
  }

  /**
   * Sets `values`, bumps the version and updated_at, and returns the row after. The caller has
   * read `before` in this transaction, so a version mismatch here is a bug, not a race.
   */
  async update<T extends TableName>(
    table: T,
    before: { id: string; version: number },
    values: Partial<TableRows[T]>,
  ): Promise<TableRows[T]> {
    const columns = columnsOf(table);
    const record = values as Record<string, unknown>;
    const fields = Object.keys(record).filter((key) => record[key] !== undefined && key !== "id" && key !== "version");
    const result = await this.session.run(
      `UPDATE ${table} SET ${[...fields.map((key) => `${this.column(columns, table, key)} = ?`), "version = version + 1", "updated_at = ?"].join(", ")}
       WHERE id = ? AND version = ?`,
      [...fields.map((key) => this.columnValue(table, key, record[key])), now(), before.id, before.version],
    );
    if (result.changes !== 1) throw new Error(`update of ${table} ${before.id} at version ${before.version} matched no row`);
    return (await this.read(table, before.id)) as TableRows[T];
  }

  async delete(table: TableName, id: string): Promise<void> {
    await this.session.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
  }

  /** Appends one revision row; returns its id. */
  async appendRevision(revision: RevisionInput): Promise<number> {
    return (await this.session.value<number>(INSERT_REVISION_SQL, revisionParams(revision))) as number;
  }

  /** The case a record belongs to, for revisions and the case's activity feed. */
  async caseIdOf(typeName: NodeTypeName, row: Record<string, unknown>): Promise<string | null> {
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
          (await this.session.value<string>(
            "SELECT case_id FROM case_roles WHERE entity_id = ? ORDER BY case_id, position LIMIT 1",
            [row.id],
          )) ?? null
        );
      case "EventParticipant":
        return (await this.session.value<string>("SELECT case_id FROM events WHERE id = ?", [row.eventId])) ?? null;
      case "ChargeDefendant":
        return (await this.session.value<string>("SELECT case_id FROM charges WHERE id = ?", [row.chargeId])) ?? null;
      case "Annotation":
        return (row.caseId as string | null) ?? this.targetCaseId(row.targetType as TargetType, row.targetId as string);
      case "Citation":
        return this.targetCaseId(row.targetType as TargetType, row.targetId as string);
      default:
        return null;
    }
  }

  /** The case of a citation's or annotation's target. */
  async targetCaseId(targetType: TargetType, targetId: string): Promise<string | null> {
    const typeName = typeOfTarget[targetType];
    const table = tableOf[typeName as RecordTypeName];
    const row = await this.read(table, targetId);
    return row ? this.caseIdOf(recordTypeOf(table, row), row) : null;
  }

  /**
   * Everything deleting `row` takes with it, parents before children: the cascades of the
   * schema and of migration 0001's triggers (participants, defendants, roles, citations,
   * annotations), so that a DELETE revision can list them and a restore bring them back.
   */
  async dependentsOf(table: TableName, row: Row): Promise<Dependent[]> {
    const list: Dependent[] = [];
    const childrenOf = (childTable: TableName, column: string, parentId: string) =>
      this.session.all<Row>(`SELECT * FROM ${childTable} WHERE ${column} = ? ORDER BY id`, [parentId]);
    switch (table) {
      case "cases": {
        list.push(...(await this.withProvenance("case_roles", await childrenOf("case_roles", "case_id", row.id))));
        for (const event of await childrenOf("events", "case_id", row.id)) {
          list.push(...(await this.withProvenance("events", [event])));
          list.push(
            ...(await this.withProvenance("event_participants", await childrenOf("event_participants", "event_id", event.id))),
          );
        }
        for (const charge of await childrenOf("charges", "case_id", row.id)) {
          list.push(...(await this.withProvenance("charges", [charge])));
          list.push(
            ...(await this.withProvenance("charge_defendants", await childrenOf("charge_defendants", "charge_id", charge.id))),
          );
        }
        break;
      }
      case "events":
        list.push(
          ...(await this.withProvenance("event_participants", await childrenOf("event_participants", "event_id", row.id))),
        );
        break;
      case "charges":
        list.push(
          ...(await this.withProvenance("charge_defendants", await childrenOf("charge_defendants", "charge_id", row.id))),
        );
        break;
      case "annotations":
        for (const reply of await childrenOf("annotations", "parent_id", row.id))
          list.push({ table, recordType: "Annotation", row: reply });
        return list;
      case "citations":
      case "users":
        return list;
    }
    const targetType = targetOfType[recordTypeOf(table, row)];
    if (targetType === "SOURCE") {
      // Citations of a source are refused before a delete; annotations on it go with it.
      list.push(...(await this.provenanceOf("SOURCE", row.id)).filter((d) => d.table === "annotations"));
    } else if (targetType) {
      list.push(...(await this.provenanceOf(targetType, row.id)));
    }
    return list;
  }

  private async provenanceOf(targetType: TargetType, id: string): Promise<Dependent[]> {
    const citations = await this.session.all<Row>("SELECT * FROM citations WHERE target_type = ? AND target_id = ? ORDER BY id", [
      targetType,
      id,
    ]);
    const annotations = await this.session.all<Row>(
      "SELECT * FROM annotations WHERE target_type = ? AND target_id = ? ORDER BY parent_id IS NOT NULL, created_at, id",
      [targetType, id],
    );
    return [
      ...citations.map((row) => ({ table: "citations" as const, recordType: "Citation" as const, row })),
      ...annotations.map((row) => ({ table: "annotations" as const, recordType: "Annotation" as const, row })),
    ];
  }

  private async withProvenance(table: TableName, rows: Row[]): Promise<Dependent[]> {
    const out: Dependent[] = [];
    for (const row of rows) {
      const recordType = recordTypeOf(table, row);
      out.push({ table, recordType, row });
      out.push(...(await this.provenanceOf(targetOfType[recordType] as TargetType, row.id)));
    }
    return out;
  }

  private column(columns: ReturnType<typeof columnsOf>, table: string, key: string): string {
    const info = columns.get(key);
    if (!info) throw new Error(`${table} has no column for field ${key}`);
    return info.column;
  }

  private columnValue(table: string, key: string, value: unknown): unknown {
    const info = columnsOf(table).get(key);
    if (!info) throw new Error(`${table} has no column for field ${key}`);
    return toColumnValue(info, value, this.session.dialect.boolean);
  }
}
