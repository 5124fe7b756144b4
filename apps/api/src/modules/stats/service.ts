/** Case overview figures and the case network, each computed in a handful of aggregate queries. */
import { placeholders } from "@casefile/db";
import type { ChargeDefendantRow, EntityRow } from "@casefile/db/tables";
import { type EntityKind, entityTypeNames } from "@casefile/schema/enums";
import { fromGlobalId, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import { AppError } from "../../lib/errors.js";

/**
 * The case's own records, as (type, id) rows: what its citation, source and annotation figures
 * count. Entities are shared between cases, so an entity belongs to none: what a case says of one
 * is on its role. Relationships belong to no case either; one between two entities that both have
 * a part in the case is an edge of the case's graph, and counts.
 */
const caseTargets = `
  SELECT 'CASE', id FROM cases WHERE id = :case
  UNION ALL SELECT 'CASE_ROLE', id FROM case_roles WHERE case_id = :case
  UNION ALL SELECT 'EVENT', id FROM events WHERE case_id = :case
  UNION ALL SELECT 'EVENT_PARTICIPANT', p.id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = :case
  UNION ALL SELECT 'CHARGE', id FROM charges WHERE case_id = :case
  UNION ALL SELECT 'CHARGE_DEFENDANT', d.id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = :case
  UNION ALL SELECT 'RELATIONSHIP', r.id FROM relationships r
    WHERE r.subject_id IN (SELECT entity_id FROM case_roles WHERE case_id = :case)
      AND r.object_id IN (SELECT entity_id FROM case_roles WHERE case_id = :case)`;

type DefendantGroup = { unit: EntityRow | null; kind: EntityKind | null; defendants: EntityRow[] };

/**
 * Each defendant's unit: the organization they are a member of (a military unit first), else the
 * one they are employed by. A refuted link places no one.
 */
function unitsOfDefendants(ctx: Context, caseId: string): Map<string, EntityRow> {
  const rows = ctx.queries.raw<{ defendant: string; unit: string }>(
    `SELECT r.subject_id AS defendant, r.object_id AS unit FROM relationships r JOIN entities o ON o.id = r.object_id
     WHERE r.predicate IN ('MEMBER_OF', 'EMPLOYED_BY') AND r.status != 'REFUTED'
       AND o.kind = 'ORGANIZATION' AND o.merged_into_id IS NULL
       AND r.subject_id IN (SELECT entity_id FROM case_roles WHERE case_id = ? AND role = 'DEFENDANT')
     ORDER BY r.subject_id, r.predicate = 'MEMBER_OF' DESC, o.organization_kind = 'MILITARY_UNIT' DESC, o.name`,
    [caseId],
  );
  const unitIdOf = new Map<string, string>();
  for (const m of rows) if (!unitIdOf.has(m.defendant)) unitIdOf.set(m.defendant, m.unit);
  const unitIds = [...new Set(unitIdOf.values())];
  const units = new Map(
    ctx.queries
      .all<EntityRow>(`SELECT * FROM entities WHERE id IN (${placeholders(unitIds.length)})`, unitIds)
      .map((u) => [u.id, u]),
  );
  const unitOf = new Map<string, EntityRow>();
  for (const [defendant, unit] of unitIdOf) {
    const row = units.get(unit);
    if (row) unitOf.set(defendant, row);
  }
  return unitOf;
}

/** Groups in the order their first member appears, members in the order given. */
function groupBy<K>(defendants: EntityRow[], keyOf: (d: EntityRow) => K): Map<K, EntityRow[]> {
  const groups = new Map<K, EntityRow[]>();
  for (const d of defendants) {
    const key = keyOf(d);
    const members = groups.get(key);
    if (members) members.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

export function getCaseStats(ctx: Context, caseId: string) {
  const q = ctx.queries;
  const named = (sql: string) => ctx.queries.statement(sql);
  const provenance = named(
    `WITH targets(type, id) AS (${caseTargets}),
       cited AS (SELECT c.source_id FROM targets t JOIN citations c ON c.target_id = t.id AND c.target_type = t.type)
     SELECT (SELECT count(*) FROM cited) AS citations,
            (SELECT count(DISTINCT source_id) FROM cited) AS sources,
            (SELECT count(*) FROM targets t JOIN annotations a ON a.target_id = t.id AND a.target_type = t.type
               WHERE a.parent_id IS NULL AND a.status = 'OPEN') AS openAnnotations`,
  ).get({ case: caseId }) as { citations: number; sources: number; openAnnotations: number };

  const entitiesByKind = q.raw<{ kind: EntityKind; count: number }>(
    `SELECT e.kind, count(DISTINCT e.id) AS count FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND e.merged_into_id IS NULL GROUP BY e.kind ORDER BY count DESC, e.kind`,
    [caseId],
  );
  const eventsByKind = q.raw<{ kind: string; count: number }>(
    "SELECT kind, count(*) AS count FROM events WHERE case_id = ? GROUP BY kind ORDER BY count DESC, kind",
    [caseId],
  );
  const eventsPerMonth = q.raw<{ month: string; count: number }>(
    `SELECT substr(date, 1, 7) AS month, count(*) AS count FROM events
     WHERE case_id = ? AND date_precision != 'YEAR' GROUP BY month ORDER BY month`,
    [caseId],
  );
  const eventsWithoutMonth =
    q.value<number>("SELECT count(*) FROM events WHERE case_id = ? AND date_precision = 'YEAR'", [caseId]) ?? 0;
  const eventCount = q.value<number>("SELECT count(*) FROM events WHERE case_id = ?", [caseId]) ?? 0;
  const chargeCount = q.value<number>("SELECT count(*) FROM charges WHERE case_id = ?", [caseId]) ?? 0;

  const defendants = q.all<EntityRow>(
    `SELECT e.* FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND cr.role = 'DEFENDANT' ORDER BY cr.position, e.name`,
    [caseId],
  );
  const unitOf = unitsOfDefendants(ctx, caseId);
  const perUnit = groupBy(defendants, (d) => unitOf.get(d.id) ?? null);
  // A unit's group, or for a defendant in none its kind: a company charged as such is not a
  // person whose unit went unrecorded.
  const groups: DefendantGroup[] = [...groupBy(defendants, (d) => unitOf.get(d.id) ?? d.kind).entries()].map(([key, members]) =>
    typeof key === "string" ? { unit: null, kind: key, defendants: members } : { unit: key, kind: null, defendants: members },
  );
  const defendantsByKind = [...groupBy(defendants, (d) => d.kind).entries()]
    .map(([kind, members]) => ({ kind, count: members.length }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

  const links = q.all<ChargeDefendantRow & { _count: number }>(
    `SELECT cd.*, c.count_number AS _count FROM charge_defendants cd JOIN charges c ON c.id = cd.charge_id
     WHERE c.case_id = ? ORDER BY c.count_number`,
    [caseId],
  );
  return {
    entityCount: entitiesByKind.reduce((n, k) => n + k.count, 0),
    defendantCount: defendants.length,
    chargeCount,
    eventCount,
    sourceCount: provenance.sources,
    citationCount: provenance.citations,
    openAnnotationCount: provenance.openAnnotations,
    entitiesByKind,
    eventsByKind: eventsByKind as never,
    eventsPerMonth,
    eventsWithoutMonth,
    defendantsByKind,
    defendantGroups: groups.map((g) => ({ ...g, count: g.defendants.length })),
    defendantsPerUnit: [...perUnit.entries()].map(([unit, members]) => ({ unit, count: members.length, defendants: members })),
    countsPerDefendant: defendants.map((d) => {
      const own = links.filter((l) => l.entityId === d.id);
      return { defendant: d, counts: own.map((l) => l._count), charges: own };
    }),
  };
}

interface GraphOptions {
  kinds?: EntityKind[] | null;
  predicates?: string[] | null;
  limit: number;
}

type GraphEntity = Pick<EntityRow, "id" | "name" | "kind"> & { roles: string | null };
type GraphRelationship = { id: string; subjectId: string; objectId: string; predicate: string; status: string };

function buildGraph(entities: GraphEntity[], relationships: GraphRelationship[], limit: number) {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.subjectId, (degree.get(r.subjectId) ?? 0) + 1);
    degree.set(r.objectId, (degree.get(r.objectId) ?? 0) + 1);
  }
  const ranked = [...entities].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const kept = ranked.slice(0, limit);
  const keptIds = new Set(kept.map((e) => e.id));
  const edges = relationships.filter((r) => keptIds.has(r.subjectId) && keptIds.has(r.objectId));
  const keptDegree = new Map<string, number>();
  for (const r of edges) {
    keptDegree.set(r.subjectId, (keptDegree.get(r.subjectId) ?? 0) + 1);
    keptDegree.set(r.objectId, (keptDegree.get(r.objectId) ?? 0) + 1);
  }
  const gid = (e: { id: string; kind: EntityKind }) => toGlobalId(entityTypeNames[e.kind], e.id);
  const kindOf = new Map(kept.map((e) => [e.id, e.kind]));
  return {
    nodes: kept.map((e) => ({
      id: gid(e),
      label: e.name,
      kind: e.kind,
      roles: e.roles ? [...new Set(e.roles.split(","))] : [],
      degree: keptDegree.get(e.id) ?? 0,
    })),
    edges: edges.map((r) => ({
      id: toGlobalId("Relationship", r.id),
      source: gid({ id: r.subjectId, kind: kindOf.get(r.subjectId) as EntityKind }),
      target: gid({ id: r.objectId, kind: kindOf.get(r.objectId) as EntityKind }),
      predicate: r.predicate,
      status: r.status,
    })),
    isTruncated: entities.length > kept.length,
  };
}

function checkLimit(limit: number | null | undefined, fallback: number, max: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw AppError.badInput(`limit must be a whole number from 1 to ${max}`, [{ path: "$.limit", message: `1 to ${max}` }]);
  }
  return value;
}

export function getCaseGraph(ctx: Context, caseId: string, options: Omit<GraphOptions, "limit"> & { limit?: number | null }) {
  const limit = checkLimit(options.limit, 2000, 10_000);
  const kindFilter = options.kinds?.length ? `AND e.kind IN (${placeholders(options.kinds.length)})` : "";
  const entities = ctx.queries.all<GraphEntity>(
    `SELECT e.id, e.name, e.kind, group_concat(cr.role) AS roles FROM case_roles cr JOIN entities e ON e.id = cr.entity_id
     WHERE cr.case_id = ? AND e.merged_into_id IS NULL ${kindFilter} GROUP BY e.id`,
    [caseId, ...(options.kinds ?? [])],
  );
  const predicateFilter = options.predicates?.length ? `AND r.predicate IN (${placeholders(options.predicates.length)})` : "";
  const relationships = ctx.queries.all<GraphRelationship>(
    `WITH members AS (SELECT DISTINCT entity_id AS id FROM case_roles WHERE case_id = ?)
     SELECT r.id, r.subject_id, r.object_id, r.predicate, r.status FROM relationships r
     WHERE r.subject_id IN (SELECT id FROM members) AND r.object_id IN (SELECT id FROM members) ${predicateFilter}`,
    [caseId, ...(options.predicates ?? [])],
  );
  return buildGraph(entities, relationships, limit);
}

export function getEntityGraph(
  ctx: Context,
  globalId: string,
  options: { depth?: number | null; predicates?: string[] | null; limit?: number | null },
) {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw AppError.badInput("id is not the ID of an entity", [{ path: "$.id", message: "not an entity ID" }]);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw AppError.badInput("depth must be 1, 2 or 3", [{ path: "$.depth", message: "1 to 3" }]);
  }
  const limit = checkLimit(options.limit, 500, 5000);
  const start = ctx.queries.get<EntityRow>("SELECT * FROM entities WHERE id = ?", [decoded.id]);
  if (!start) return null;
  const predicateFilter = options.predicates?.length ? `AND predicate IN (${placeholders(options.predicates.length)})` : "";
  const seen = new Set([start.id]);
  let frontier = [start.id];
  const relationships = new Map<string, GraphRelationship>();
  for (let step = 0; step < depth && frontier.length > 0 && seen.size < limit; step++) {
    const ph = placeholders(frontier.length);
    const rows = ctx.queries.all<GraphRelationship>(
      `SELECT id, subject_id, object_id, predicate, status FROM relationships WHERE subject_id IN (${ph}) ${predicateFilter}
       UNION SELECT id, subject_id, object_id, predicate, status FROM relationships WHERE object_id IN (${ph}) ${predicateFilter}
       LIMIT ?`,
      [...frontier, ...(options.predicates ?? []), ...frontier, ...(options.predicates ?? []), limit * 4],
    );
    const next: string[] = [];
    for (const r of rows) {
      relationships.set(r.id, r);
      for (const id of [r.subjectId, r.objectId]) {
        if (!seen.has(id) && seen.size < limit) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  const entities = ctx.queries.all<GraphEntity>(
    `SELECT e.id, e.name, e.kind, (SELECT group_concat(role) FROM case_roles WHERE entity_id = e.id) AS roles
     FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify([...seen])],
  );
  return buildGraph(entities, [...relationships.values()], limit);
}
