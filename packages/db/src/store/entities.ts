/**
 * Entities: the directory (filters, name search, keyset pages), the parent chain of units, what
 * still points at an entity (deleting it is refused while anything does), and the reads a merge
 * makes to move an entity's links and provenance to another.
 */
import type { EntityKind, TargetType } from "@casefile/schema/enums";
import type { EntityRow } from "../tables/index.js";
import type { Row } from "./records.js";
import type { DirectoryFilter } from "./search.js";
import { inList, type SqlSession } from "./session.js";
import type { TableName } from "./table-info.js";

/** The column a directory page is ordered by. */
export type EntityOrderField = "name" | "createdAt" | "updatedAt";

const orderColumns = { name: "name", createdAt: "created_at", updatedAt: "updated_at" } as const;

/** One page of the entity directory: what to keep, in which order, from where. */
export interface EntityDirectoryQuery {
  kinds?: readonly EntityKind[] | null;
  statuses?: readonly string[] | null;
  /** True: only entities no citation is about; false: only cited ones. */
  isUncited?: boolean | null;
  /** The directory's text filter, from `store.search.directoryFilter`. */
  text?: DirectoryFilter | null;
  /** Only entities with a role in this case. */
  caseId?: string | null;
  /** Only entities with one of these roles (in `caseId` if given, else in any case). */
  roles?: readonly string[] | null;
  orderBy: EntityOrderField;
  /** Order of the scan: ascending or descending by (orderBy, id). */
  isAscending: boolean;
  /** The (orderBy value, id) key the page starts after, in the scan's order. */
  after?: readonly [string, string] | null;
  /** Rows to read at most. */
  limit: number;
}

export interface EntityDirectoryPage {
  /** In the scan's order. */
  rows: EntityRow[];
  /** Every entity the filters keep (merged duplicates never count). */
  totalCount: number;
}

/**
 * By name, a name filter with many matches finds its page fastest by walking the name index and
 * keeping the matches (about 500 index entries per row shown at most); few matches are faster
 * fetched and sorted. The engine cannot tell the two apart, so the count decides.
 */
const WALK_RATIO = 500;

/** The counts of what still points at an entity, each labelled as a refused delete names it. */
export interface EntityReferences {
  relationships: number;
  eventParticipants: number;
  charges: number;
  caseRoles: number;
  childOrganizations: number;
  eventsPlaced: number;
  mergedDuplicates: number;
}

/** Link tables whose rows point at an entity, and the columns that do. */
export const entityLinkColumns = {
  relationships: ["subject_id", "object_id"],
  event_participants: ["entity_id"],
  charge_defendants: ["entity_id"],
  case_roles: ["entity_id"],
  entities: ["parent_id"],
  events: ["place_id"],
} as const satisfies Partial<Record<TableName, readonly string[]>>;

export type EntityLinkTable = keyof typeof entityLinkColumns;

/** The link tables, in the order a merge moves their rows. */
export const entityLinkTables = Object.keys(entityLinkColumns) as EntityLinkTable[];

export class EntityStore {
  constructor(private readonly session: SqlSession) {}

  /** One entity by id (merged duplicates included), or undefined. */
  byId(id: string): Promise<EntityRow | undefined> {
    return this.session.get<EntityRow>("SELECT * FROM entities WHERE id = ?", [id]);
  }

  /**
   * A page of the directory and the count of all it keeps. Keyset pagination: (column, id)
   * compared as a row value, so deep pages cost what page one does.
   */
  async directoryPage(query: EntityDirectoryQuery): Promise<EntityDirectoryPage> {
    const { dialect } = this.session;
    const column = orderColumns[query.orderBy];
    const where = ["e.merged_into_id IS NULL"];
    const params: unknown[] = [];
    if (query.kinds?.length) {
      const list = inList(query.kinds);
      where.push(`e.kind IN (${list.sql})`);
      params.push(...list.params);
    }
    if (query.statuses?.length) {
      const list = inList(query.statuses);
      where.push(`e.status IN (${list.sql})`);
      params.push(...list.params);
    }
    if (query.isUncited != null)
      where.push(
        `${query.isUncited ? "NOT " : ""}EXISTS (SELECT 1 FROM citations c WHERE c.target_id = e.id AND c.target_type = 'ENTITY')`,
      );
    const text = query.text ?? null;
    if (text) {
      // Names and aliases (the last word a prefix, for type-ahead) or descriptions (whole words).
      const condition = text.condition("e");
      where.push(condition.sql);
      params.push(...condition.params);
    }
    if (query.caseId != null || query.roles?.length) {
      const conditions = ["cr.entity_id = e.id"];
      if (query.caseId != null) {
        conditions.push("cr.case_id = ?");
        params.push(query.caseId);
      }
      if (query.roles?.length) {
        const list = inList(query.roles);
        conditions.push(`cr.role IN (${list.sql})`);
        params.push(...list.params);
      }
      where.push(`EXISTS (SELECT 1 FROM case_roles cr WHERE ${conditions.join(" AND ")})`);
    }

    // Filtered by name alone, the index counts its matches without reading an entity row each.
    const isNameFilterOnly =
      text !== null &&
      !query.kinds?.length &&
      !query.statuses?.length &&
      query.caseId == null &&
      !query.roles?.length &&
      query.isUncited == null;
    const totalCount = isNameFilterOnly
      ? await text.count()
      : ((await this.session.value<number>(`SELECT count(*) FROM entities e WHERE ${where.join(" AND ")}`, params)) ?? 0);
    const isIndexWalk =
      text !== null &&
      column === "name" &&
      totalCount * WALK_RATIO >= ((await this.session.value<number>(dialect.tableSizeEstimate("entities"))) ?? 0);

    const pageWhere = [...where];
    const pageParams = [...params];
    if (query.after) {
      pageWhere.push(`(e.${column}, e.id) ${query.isAscending ? ">" : "<"} (?, ?)`);
      pageParams.push(query.after[0], query.after[1]);
    }
    const direction = query.isAscending ? "ASC" : "DESC";
    const rows = await this.session.all<EntityRow>(
      `SELECT e.* FROM entities e ${isIndexWalk ? dialect.indexHint("entities_name_idx") : ""} WHERE ${pageWhere.join(" AND ")}
     ORDER BY e.${column} ${direction}, e.id ${direction} LIMIT ?`,
      [...pageParams, query.limit],
    );
    return { rows, totalCount };
  }

  /**
   * Whether `id` is `from` or one of its parent organizations, following parent ids for at most
   * `maxHops` rows (a cycle already in the data cannot loop forever).
   */
  async isInParentChain(from: EntityRow, id: string, maxHops = 64): Promise<boolean> {
    for (let at: EntityRow | undefined = from, hops = 0; at && hops < maxHops; hops++) {
      if (at.id === id) return true;
      at = at.parentId ? await this.byId(at.parentId) : undefined;
    }
    return false;
  }

  /** What still points at an entity (each count is one statement, in this order). */
  async references(id: string): Promise<EntityReferences> {
    const count = async (sql: string, params: unknown[] = [id]) => (await this.session.value<number>(sql, params)) ?? 0;
    return {
      relationships: await count("SELECT count(*) FROM relationships WHERE subject_id = ? OR object_id = ?", [id, id]),
      eventParticipants: await count("SELECT count(*) FROM event_participants WHERE entity_id = ?"),
      charges: await count("SELECT count(*) FROM charge_defendants WHERE entity_id = ?"),
      caseRoles: await count("SELECT count(*) FROM case_roles WHERE entity_id = ?"),
      childOrganizations: await count("SELECT count(*) FROM entities WHERE parent_id = ?"),
      eventsPlaced: await count("SELECT count(*) FROM events WHERE place_id = ?"),
      mergedDuplicates: await count("SELECT count(*) FROM entities WHERE merged_into_id = ?"),
    };
  }

  /** The rows of a link table that point at an entity (by any of its entity columns), by id. */
  linksTo(table: EntityLinkTable, entityId: string): Promise<Row[]> {
    const columns: readonly string[] = entityLinkColumns[table];
    return this.session.all<Row>(
      `SELECT * FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(" OR ")} ORDER BY id`,
      columns.map(() => entityId),
    );
  }

  /**
   * The id of another link that would be the same as `row` once it points at `survivorId` instead
   * of `duplicateId` (same ends, predicate, event, charge, case or role), if there is one. Parent
   * and place links have no such twin.
   */
  async sameLinkAs(table: EntityLinkTable, row: Row, survivorId: string, duplicateId: string): Promise<string | undefined> {
    switch (table) {
      case "relationships": {
        const subject = row.subjectId === duplicateId ? survivorId : row.subjectId;
        const object = row.objectId === duplicateId ? survivorId : row.objectId;
        return this.session.value<string>(
          "SELECT id FROM relationships WHERE subject_id = ? AND predicate = ? AND object_id = ? AND id != ?",
          [subject, row.predicate, object, row.id],
        );
      }
      case "event_participants":
        return this.session.value<string>("SELECT id FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?", [
          row.eventId,
          survivorId,
          row.role,
        ]);
      case "charge_defendants":
        return this.session.value<string>("SELECT id FROM charge_defendants WHERE charge_id = ? AND entity_id = ?", [
          row.chargeId,
          survivorId,
        ]);
      case "case_roles":
        return this.session.value<string>("SELECT id FROM case_roles WHERE case_id = ? AND entity_id = ? AND role = ?", [
          row.caseId,
          survivorId,
          row.role,
        ]);
      case "entities":
      case "events":
        return undefined;
    }
  }

  /** The citations or annotations about one record, by id. */
  provenanceOf(table: "citations" | "annotations", targetType: TargetType, targetId: string): Promise<Row[]> {
    return this.session.all<Row>(`SELECT * FROM ${table} WHERE target_type = ? AND target_id = ? ORDER BY id`, [
      targetType,
      targetId,
    ]);
  }

  /** The highest version any revision of a record has recorded (a row restored by unmerge continues from it). */
  async latestRecordedVersion(recordId: string): Promise<number | null> {
    return (
      (await this.session.value<number | null>("SELECT max(version) FROM revisions WHERE record_id = ?", [recordId])) ?? null
    );
  }
}
