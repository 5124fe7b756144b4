/**
 * The aggregates behind a case's overview figures and the network views (case graph, entity
 * neighbourhood). Each method is one statement; the API groups, ranks and trims the results.
 */
import type { CaseRole, EntityKind, EventKind } from "@casefile/schema/enums";
import type { ChargeDefendantRow, EntityRow, RelationshipRow } from "../tables/index.js";
import { inList, type SqlSession } from "./session.js";

/**
 * The case's own records, as (type, id) rows: what its citation, source and annotation figures
 * count. Entities are shared between cases, so an entity belongs to none: what a case says of one
 * is on its role. Relationships belong to no case either; one between two entities that both have
 * a part in the case is an edge of the case's graph, and counts. Takes the case id 8 times.
 */
const caseTargets = `
  SELECT 'CASE', id FROM cases WHERE id = ?
  UNION ALL SELECT 'CASE_ROLE', id FROM case_roles WHERE case_id = ?
  UNION ALL SELECT 'EVENT', id FROM events WHERE case_id = ?
  UNION ALL SELECT 'EVENT_PARTICIPANT', p.id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = ?
  UNION ALL SELECT 'CHARGE', id FROM charges WHERE case_id = ?
  UNION ALL SELECT 'CHARGE_DEFENDANT', d.id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = ?
  UNION ALL SELECT 'RELATIONSHIP', r.id FROM relationships r
    WHERE r.subject_id IN (SELECT entity_id FROM case_roles WHERE case_id = ?)
      AND r.object_id IN (SELECT entity_id FROM case_roles WHERE case_id = ?)`;
const CASE_TARGET_PARAMS = 8;

/** Citations, distinct cited sources and open annotation threads on a case's own records. */
export interface CaseProvenanceFigures {
  citations: number;
  sources: number;
  openAnnotations: number;
}

/** A node of a network view: an entity and its roles in cases (once per role row, in no order). */
export type GraphEntity = Pick<EntityRow, "id" | "name" | "kind"> & { roles: CaseRole[] };
/** An edge of a network view. */
export type GraphRelationship = Pick<RelationshipRow, "id" | "subjectId" | "objectId" | "predicate" | "status">;

/** A defendant's membership or employment link to an organization. */
export interface DefendantUnitLink {
  defendant: string;
  unit: string;
}

export class StatsStore {
  constructor(private readonly session: SqlSession) {}

  /** Citations, cited sources and open annotation threads on the case's own records (see caseTargets). */
  async caseProvenance(caseId: string): Promise<CaseProvenanceFigures> {
    const [row] = await this.session.raw<CaseProvenanceFigures>(
      `WITH targets(type, id) AS (${caseTargets}),
       cited AS (SELECT c.source_id FROM targets t JOIN citations c ON c.target_id = t.id AND c.target_type = t.type)
     SELECT (SELECT count(*) FROM cited) AS citations,
            (SELECT count(DISTINCT source_id) FROM cited) AS sources,
            (SELECT count(*) FROM targets t JOIN annotations a ON a.target_id = t.id AND a.target_type = t.type
               WHERE a.parent_id IS NULL AND a.status = 'OPEN') AS "openAnnotations"`,
      Array.from({ length: CASE_TARGET_PARAMS }, () => caseId),
    );
    return row ?? { citations: 0, sources: 0, openAnnotations: 0 };
  }

  /** Entities with a part in the case (not merged away), by kind, largest first. */
  entitiesByKind(caseId: string): Promise<{ kind: EntityKind; count: number }[]> {
    return this.session.raw(
      `SELECT e.kind, count(DISTINCT e.id) AS count FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND e.merged_into_id IS NULL GROUP BY e.kind ORDER BY count DESC, e.kind`,
      [caseId],
    );
  }

  /** The case's events by kind, largest first. */
  eventsByKind(caseId: string): Promise<{ kind: EventKind; count: number }[]> {
    return this.session.raw(
      "SELECT kind, count(*) AS count FROM events WHERE case_id = ? GROUP BY kind ORDER BY count DESC, kind",
      [caseId],
    );
  }

  /** The case's events known at least to the month, per month (`YYYY-MM`), in order. */
  eventsPerMonth(caseId: string): Promise<{ month: string; count: number }[]> {
    return this.session.raw(
      `SELECT substr(date, 1, 7) AS month, count(*) AS count FROM events
     WHERE case_id = ? AND date_precision != 'YEAR' GROUP BY month ORDER BY month`,
      [caseId],
    );
  }

  /** The case's events known only to the year. */
  async eventsWithoutMonth(caseId: string): Promise<number> {
    return (
      (await this.session.value<number>("SELECT count(*) FROM events WHERE case_id = ? AND date_precision = 'YEAR'", [caseId])) ??
      0
    );
  }

  async eventCount(caseId: string): Promise<number> {
    return (await this.session.value<number>("SELECT count(*) FROM events WHERE case_id = ?", [caseId])) ?? 0;
  }

  async chargeCount(caseId: string): Promise<number> {
    return (await this.session.value<number>("SELECT count(*) FROM charges WHERE case_id = ?", [caseId])) ?? 0;
  }

  /** The case's defendants, in the case's defendant order. */
  defendants(caseId: string): Promise<EntityRow[]> {
    return this.session.all<EntityRow>(
      `SELECT e.* FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND cr.role = 'DEFENDANT' ORDER BY cr.position, e.name`,
      [caseId],
    );
  }

  /**
   * Every defendant's links to an organization (member of, employed by; not refuted, not merged
   * away), each defendant's best first: membership before employment, a military unit first, then
   * by name.
   */
  defendantUnitLinks(caseId: string): Promise<DefendantUnitLink[]> {
    return this.session.raw<DefendantUnitLink>(
      `SELECT r.subject_id AS defendant, r.object_id AS unit FROM relationships r JOIN entities o ON o.id = r.object_id
     WHERE r.predicate IN ('MEMBER_OF', 'EMPLOYED_BY') AND r.status != 'REFUTED'
       AND o.kind = 'ORGANIZATION' AND o.merged_into_id IS NULL
       AND r.subject_id IN (SELECT entity_id FROM case_roles WHERE case_id = ? AND role = 'DEFENDANT')
     ORDER BY r.subject_id, r.predicate = 'MEMBER_OF' DESC, o.organization_kind = 'MILITARY_UNIT' DESC, o.name`,
      [caseId],
    );
  }

  /** Entities by id, in no particular order (ids not found are left out). */
  entitiesByIds(ids: readonly string[]): Promise<EntityRow[]> {
    const list = inList(ids);
    return this.session.all<EntityRow>(`SELECT * FROM entities WHERE id IN (${list.sql})`, list.params);
  }

  /** The case's charge-defendant links, each with its count number (`_count`), by count number. */
  chargeLinks(caseId: string): Promise<(ChargeDefendantRow & { _count: number })[]> {
    return this.session.all(
      `SELECT cd.*, c.count_number AS _count FROM charge_defendants cd JOIN charges c ON c.id = cd.charge_id
     WHERE c.case_id = ? ORDER BY c.count_number`,
      [caseId],
    );
  }

  /** Entities with a part in the case (not merged away), optionally only of some kinds, with their roles in it. */
  async caseGraphEntities(caseId: string, kinds: readonly EntityKind[]): Promise<GraphEntity[]> {
    const list = inList(kinds);
    const kindFilter = kinds.length ? `AND e.kind IN (${list.sql})` : "";
    const rows = await this.session.all<Omit<GraphEntity, "roles"> & { roles: string | null }>(
      `SELECT e.id, e.name, e.kind, ${this.session.dialect.groupConcat("cr.role")} AS roles FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND e.merged_into_id IS NULL ${kindFilter} GROUP BY e.id`,
      [caseId, ...list.params],
    );
    return rows.map(withRoles);
  }

  /** Relationships between two entities that both have a part in the case, optionally only some predicates. */
  caseGraphRelationships(caseId: string, predicates: readonly string[]): Promise<GraphRelationship[]> {
    const list = inList(predicates);
    const predicateFilter = predicates.length ? `AND r.predicate IN (${list.sql})` : "";
    return this.session.all<GraphRelationship>(
      `WITH members AS (SELECT DISTINCT entity_id AS id FROM case_roles WHERE case_id = ?)
     SELECT r.id, r.subject_id, r.object_id, r.predicate, r.status FROM relationships r
     WHERE r.subject_id IN (SELECT id FROM members) AND r.object_id IN (SELECT id FROM members) ${predicateFilter}`,
      [caseId, ...list.params],
    );
  }

  /**
   * Relationships touching any of `entityIds` (as subject or object), optionally only some
   * predicates, at most `limit`: one step of a walk out from an entity.
   */
  relationshipsTouching(
    entityIds: readonly string[],
    predicates: readonly string[],
    limit: number,
  ): Promise<GraphRelationship[]> {
    const ids = inList(entityIds);
    const list = inList(predicates);
    const predicateFilter = predicates.length ? `AND predicate IN (${list.sql})` : "";
    return this.session.all<GraphRelationship>(
      `SELECT id, subject_id, object_id, predicate, status FROM relationships WHERE subject_id IN (${ids.sql}) ${predicateFilter}
       UNION SELECT id, subject_id, object_id, predicate, status FROM relationships WHERE object_id IN (${ids.sql}) ${predicateFilter}
       ${this.session.dialect.unionOrder("id")}LIMIT ?`,
      [...ids.params, ...list.params, ...ids.params, ...list.params, limit],
    );
  }

  /** Entities by id (any number, one statement), with their roles in every case. */
  async graphEntities(ids: readonly string[]): Promise<GraphEntity[]> {
    const { dialect } = this.session;
    const rows = await this.session.all<Omit<GraphEntity, "roles"> & { roles: string | null }>(
      `SELECT e.id, e.name, e.kind, (SELECT ${dialect.groupConcat("role")} FROM case_roles WHERE entity_id = e.id) AS roles
     FROM entities e WHERE e.id IN (${dialect.jsonArrayValues("?")})`,
      [JSON.stringify(ids)],
    );
    return rows.map(withRoles);
  }
}

/** The comma-separated roles of a group (see Dialect.groupConcat) as a list. */
function withRoles(row: Omit<GraphEntity, "roles"> & { roles: string | null }): GraphEntity {
  return { ...row, roles: row.roles ? (row.roles.split(",") as CaseRole[]) : [] };
}
