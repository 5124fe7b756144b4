/** Case overview figures and the case network, each computed in a handful of aggregate queries. */
import type { GraphEntity, GraphRelationship } from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import { type EntityKind, entityTypeNames, type Predicate } from "@casefile/schema/enums";
import { fromGlobalId, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import { AppError } from "../../lib/errors.js";

type DefendantGroup = { unit: EntityRow | null; kind: EntityKind | null; defendants: EntityRow[] };

/**
 * Each defendant's unit: the organization they are a member of (a military unit first), else the
 * one they are employed by. A refuted link places no one.
 */
async function unitsOfDefendants(ctx: Context, caseId: string): Promise<Map<string, EntityRow>> {
  const rows = await ctx.store.stats.defendantUnitLinks(caseId);
  const unitIdOf = new Map<string, string>();
  for (const m of rows) if (!unitIdOf.has(m.defendant)) unitIdOf.set(m.defendant, m.unit);
  const unitIds = [...new Set(unitIdOf.values())];
  const units = new Map((await ctx.store.stats.entitiesByIds(unitIds)).map((u) => [u.id, u]));
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

export async function getCaseStats(ctx: Context, caseId: string) {
  const stats = ctx.store.stats;
  const provenance = await stats.caseProvenance(caseId);
  const entitiesByKind = await stats.entitiesByKind(caseId);
  const eventsByKind = await stats.eventsByKind(caseId);
  const eventsPerMonth = await stats.eventsPerMonth(caseId);
  const eventsWithoutMonth = await stats.eventsWithoutMonth(caseId);
  const eventCount = await stats.eventCount(caseId);
  const chargeCount = await stats.chargeCount(caseId);

  const defendants = await stats.defendants(caseId);
  const unitOf = await unitsOfDefendants(ctx, caseId);
  const perUnit = groupBy(defendants, (d) => unitOf.get(d.id) ?? null);
  // A unit's group, or for a defendant in none its kind: a company charged as such is not a
  // person whose unit went unrecorded.
  const groups: DefendantGroup[] = [...groupBy(defendants, (d) => unitOf.get(d.id) ?? d.kind).entries()].map(([key, members]) =>
    typeof key === "string" ? { unit: null, kind: key, defendants: members } : { unit: key, kind: null, defendants: members },
  );
  const defendantsByKind = [...groupBy(defendants, (d) => d.kind).entries()]
    .map(([kind, members]) => ({ kind, count: members.length }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

  const links = await stats.chargeLinks(caseId);
  return {
    entityCount: entitiesByKind.reduce((n, k) => n + k.count, 0),
    defendantCount: defendants.length,
    chargeCount,
    eventCount,
    sourceCount: provenance.sources,
    citationCount: provenance.citations,
    openAnnotationCount: provenance.openAnnotations,
    entitiesByKind,
    eventsByKind,
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
  predicates?: Predicate[] | null;
  limit: number;
}

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
      roles: [...new Set(e.roles)],
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

export async function getCaseGraph(
  ctx: Context,
  caseId: string,
  options: Omit<GraphOptions, "limit"> & { limit?: number | null },
) {
  const limit = checkLimit(options.limit, 2000, 10_000);
  const entities = await ctx.store.stats.caseGraphEntities(caseId, options.kinds ?? []);
  const relationships = await ctx.store.stats.caseGraphRelationships(caseId, options.predicates ?? []);
  return buildGraph(entities, relationships, limit);
}

export async function getEntityGraph(
  ctx: Context,
  globalId: string,
  options: { depth?: number | null; predicates?: Predicate[] | null; limit?: number | null },
) {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw AppError.badInput("id is not the ID of an entity", [{ path: "$.id", message: "not an entity ID" }]);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw AppError.badInput("depth must be 1, 2 or 3", [{ path: "$.depth", message: "1 to 3" }]);
  }
  const limit = checkLimit(options.limit, 500, 5000);
  const start = await ctx.store.records.read("entities", decoded.id);
  if (!start) return null;
  const predicates = options.predicates ?? [];
  const seen = new Set([start.id]);
  let frontier = [start.id];
  const relationships = new Map<string, GraphRelationship>();
  for (let step = 0; step < depth && frontier.length > 0 && seen.size < limit; step++) {
    const rows = await ctx.store.stats.relationshipsTouching(frontier, predicates, limit * 4);
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
  const entities = await ctx.store.stats.graphEntities([...seen]);
  return buildGraph(entities, [...relationships.values()], limit);
}
