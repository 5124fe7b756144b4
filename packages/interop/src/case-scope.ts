/**
 * Which records belong to a case, for exports scoped to one: the same rule as the bundle
 * exporter (entities with a role in it, or taking part in its events and charges, with their
 * parent organizations; relationships between those entities; its events and charges; the
 * citations and annotations of all of these; the sources they cite).
 */
import { placeholders, Queries, type SqliteStore as Store } from "@casefile/db";
import type { CaseRow } from "@casefile/db/tables";
import { InteropError } from "./errors.js";

export interface CaseScope {
  caseRow: CaseRow;
  entityIds: Set<string>;
  relationshipIds: Set<string>;
  eventIds: Set<string>;
  chargeIds: Set<string>;
  /** Every record a citation or annotation of the case may target, as "TYPE:id". */
  targets: Set<string>;
  sourceIds: Set<string>;
}

export function getCase(store: Store, caseSlug: string): CaseRow {
  const row = new Queries(store.sqlite).get<CaseRow>("SELECT * FROM cases WHERE slug = ?", [caseSlug]);
  if (!row) throw InteropError.notFound(`Case "${caseSlug}"`);
  return row;
}

/** The records of one case. Throws NOT_FOUND for an unknown slug. */
export function caseScope(store: Store, caseSlug: string): CaseScope {
  const q = new Queries(store.sqlite);
  const caseRow = getCase(store, caseSlug);
  const caseId = caseRow.id;
  const pluck = (sql: string, params: unknown[] = []) => q.raw<{ id: string }>(sql, params).map((r) => r.id);

  const roleIds = pluck("SELECT id FROM case_roles WHERE case_id = ?", [caseId]);
  const eventIds = new Set(pluck("SELECT id FROM events WHERE case_id = ?", [caseId]));
  const chargeIds = new Set(pluck("SELECT id FROM charges WHERE case_id = ?", [caseId]));
  const participantIds = pluck("SELECT p.id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = ?", [
    caseId,
  ]);
  const defendantIds = pluck("SELECT d.id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = ?", [
    caseId,
  ]);
  const entityIds = new Set(
    pluck(
      `SELECT entity_id AS id FROM case_roles WHERE case_id = @caseId
       UNION SELECT p.entity_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = @caseId
       UNION SELECT d.entity_id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = @caseId
       UNION SELECT place_id FROM events WHERE case_id = @caseId AND place_id IS NOT NULL`,
      [{ caseId }],
    ),
  );
  // Parent organizations, transitively; merged entities only redirect and are left out.
  let frontier = [...entityIds];
  while (frontier.length > 0) {
    const parents = pluck(
      `SELECT parent_id AS id FROM entities WHERE id IN (${placeholders(frontier.length)}) AND parent_id IS NOT NULL`,
      frontier,
    );
    frontier = parents.filter((id) => !entityIds.has(id));
    for (const id of frontier) entityIds.add(id);
  }
  for (const id of pluck(`SELECT id FROM entities WHERE merged_into_id IS NOT NULL`)) entityIds.delete(id);

  const relationshipIds = new Set(
    q
      .raw<{ id: string; subject_id: string; object_id: string }>("SELECT id, subject_id, object_id FROM relationships")
      .filter((r) => entityIds.has(r.subject_id) && entityIds.has(r.object_id))
      .map((r) => r.id),
  );
  const targets = new Set<string>([`CASE:${caseId}`]);
  const add = (type: string, ids: Iterable<string>) => {
    for (const id of ids) targets.add(`${type}:${id}`);
  };
  add("ENTITY", entityIds);
  add("CASE_ROLE", roleIds);
  add("RELATIONSHIP", relationshipIds);
  add("EVENT", eventIds);
  add("EVENT_PARTICIPANT", participantIds);
  add("CHARGE", chargeIds);
  add("CHARGE_DEFENDANT", defendantIds);
  const sourceIds = new Set(
    q
      .raw<{ source_id: string; target_type: string; target_id: string }>(
        "SELECT source_id, target_type, target_id FROM citations",
      )
      .filter((c) => targets.has(`${c.target_type}:${c.target_id}`))
      .map((c) => c.source_id),
  );
  add("SOURCE", sourceIds);
  return { caseRow, entityIds, relationshipIds, eventIds, chargeIds, targets, sourceIds };
}
