/**
 * Which records belong to a case, for exports scoped to one: the same rule as the bundle
 * exporter (entities with a role in it, or taking part in its events and charges, with their
 * parent organizations; relationships between those entities; its events and charges; the
 * citations and annotations of all of these; the sources they cite).
 */
import type { Store } from "@casefile/db";
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

/** Reads through the store's read side, or a write transaction's. */
export type Reader = Pick<Store, "interop" | "records">;

export async function getCase(store: Reader, caseSlug: string): Promise<CaseRow> {
  const row = await store.interop.caseBySlug(caseSlug);
  if (!row) throw InteropError.notFound(`Case "${caseSlug}"`);
  return row;
}

/** The records of one case. Throws NOT_FOUND for an unknown slug. */
export async function caseScope(store: Reader, caseSlug: string): Promise<CaseScope> {
  const caseRow = await getCase(store, caseSlug);
  const caseId = caseRow.id;
  const own = await store.interop.caseRecordIds(caseId);
  const roleIds = own.roleIds;
  const eventIds = new Set(own.eventIds);
  const chargeIds = new Set(own.chargeIds);
  const participantIds = own.participantIds;
  const defendantIds = own.defendantIds;
  const entityIds = new Set(own.entityIds);
  // Parent organizations, transitively; merged entities only redirect and are left out.
  let frontier = [...entityIds];
  while (frontier.length > 0) {
    const parents = await store.interop.parentIdsOf(frontier);
    frontier = parents.filter((id) => !entityIds.has(id));
    for (const id of frontier) entityIds.add(id);
  }
  for (const id of await store.interop.mergedEntityIds()) entityIds.delete(id);

  const relationshipIds = new Set(
    (await store.interop.relationshipEnds())
      .filter((r) => entityIds.has(r.subjectId) && entityIds.has(r.objectId))
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
    (await store.interop.citationTargets()).filter((c) => targets.has(`${c.targetType}:${c.targetId}`)).map((c) => c.sourceId),
  );
  add("SOURCE", sourceIds);
  return { caseRow, entityIds, relationshipIds, eventIds, chargeIds, targets, sourceIds };
}
