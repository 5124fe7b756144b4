/**
 * CSV exports, one per record type, of one case or of the whole database, written with the one
 * CSV writer of Casefile (@casefile/schema/csv: RFC 4180, CRLF line ends, a header row, cells
 * protected against formula injection).
 */
import type { SourceSummary, Store } from "@casefile/db";
import type {
  AnnotationRow,
  ChargeDefendantRow,
  ChargeRow,
  CitationRow,
  EntityRow,
  EventRow,
  RelationshipRow,
} from "@casefile/db/tables";
import { toCsv } from "@casefile/schema/csv";
import { type CaseScope, caseScope } from "./case-scope.js";
import { InteropError } from "./errors.js";

export { type CsvColumn, type CsvValue, csvCell, toCsv } from "@casefile/schema/csv";

export const csvRecordTypes = ["entities", "relationships", "events", "charges", "sources", "citations", "annotations"] as const;
export type CsvRecordType = (typeof csvRecordTypes)[number];

export interface CsvOptions {
  /** Limit the export to one case; all records of the database when absent. */
  caseSlug?: string;
}

const join = (values: readonly string[]) => values.join("; ");

/** Exports one record type as CSV. Throws NOT_FOUND for an unknown case, BAD_USER_INPUT for an unknown type. */
export async function exportCsv(store: Store, recordType: CsvRecordType, options: CsvOptions = {}): Promise<string> {
  switch (recordType) {
    case "entities":
      return exportEntitiesCsv(store, options);
    case "relationships":
      return exportRelationshipsCsv(store, options);
    case "events":
      return exportEventsCsv(store, options);
    case "charges":
      return exportChargesCsv(store, options);
    case "sources":
      return exportSourcesCsv(store, options);
    case "citations":
      return exportCitationsCsv(store, options);
    case "annotations":
      return exportAnnotationsCsv(store, options);
    default:
      throw InteropError.badInput(`unknown record type "${String(recordType)}": use one of ${csvRecordTypes.join(", ")}`);
  }
}

async function scopeOf(store: Store, options: CsvOptions): Promise<CaseScope | null> {
  return options.caseSlug ? caseScope(store, options.caseSlug) : null;
}

export async function exportEntitiesCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const rows = (await store.interop.unmergedEntities()).filter((e) => !scope || scope.entityIds.has(e.id));
  const roles = new Map<string, string[]>();
  for (const r of await store.interop.caseRolesWithSlugs()) {
    if (scope && r.caseId !== scope.caseRow.id) continue;
    roles.set(r.entityId, [...(roles.get(r.entityId) ?? []), scope ? r.role : `${r.caseSlug}: ${r.role}`]);
  }
  return toCsv<EntityRow>(
    [
      { header: "id", value: (e) => e.id },
      { header: "kind", value: (e) => e.kind },
      { header: "name", value: (e) => e.name },
      { header: "aliases", value: (e) => join(e.aliases) },
      { header: "roles", value: (e) => join(roles.get(e.id) ?? []) },
      { header: "description", value: (e) => e.description },
      { header: "status", value: (e) => e.status },
      { header: "confidence", value: (e) => e.confidence },
      { header: "rank", value: (e) => e.rank },
      { header: "position", value: (e) => e.position },
      { header: "nationality", value: (e) => e.nationality },
      { header: "birth_date", value: (e) => e.birthDate },
      { header: "organization_kind", value: (e) => e.organizationKind },
      { header: "parent_id", value: (e) => e.parentId },
      { header: "country", value: (e) => e.country },
      { header: "persona_kind", value: (e) => e.personaKind },
      { header: "platform", value: (e) => e.platform },
      { header: "url", value: (e) => e.url },
      { header: "place_kind", value: (e) => e.placeKind },
      { header: "artifact_kind", value: (e) => e.artifactKind },
    ],
    rows,
  );
}

export async function exportRelationshipsCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const names = await store.interop.entityNames();
  const rows = (await store.interop.relationships()).filter((r) => !scope || scope.relationshipIds.has(r.id));
  return toCsv<RelationshipRow>(
    [
      { header: "id", value: (r) => r.id },
      { header: "subject_id", value: (r) => r.subjectId },
      { header: "subject_name", value: (r) => names.get(r.subjectId) },
      { header: "predicate", value: (r) => r.predicate },
      { header: "object_id", value: (r) => r.objectId },
      { header: "object_name", value: (r) => names.get(r.objectId) },
      { header: "start_date", value: (r) => r.startDate },
      { header: "end_date", value: (r) => r.endDate },
      { header: "description", value: (r) => r.description },
      { header: "status", value: (r) => r.status },
      { header: "confidence", value: (r) => r.confidence },
    ],
    rows,
  );
}

export async function exportEventsCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const names = await store.interop.entityNames();
  const slugs = await store.interop.caseSlugs();
  const rows = (await store.interop.events()).filter((e) => !scope || scope.eventIds.has(e.id));
  const participants = new Map<string, string[]>();
  for (const p of await store.interop.eventParticipants()) {
    participants.set(p.eventId, [...(participants.get(p.eventId) ?? []), `${names.get(p.entityId) ?? p.entityId} (${p.role})`]);
  }
  return toCsv<EventRow>(
    [
      { header: "id", value: (e) => e.id },
      { header: "case", value: (e) => slugs.get(e.caseId) },
      { header: "date", value: (e) => e.date },
      { header: "end_date", value: (e) => e.endDate },
      { header: "kind", value: (e) => e.kind },
      { header: "title", value: (e) => e.title },
      { header: "place_id", value: (e) => e.placeId },
      { header: "place_name", value: (e) => (e.placeId ? names.get(e.placeId) : null) },
      { header: "participants", value: (e) => join(participants.get(e.id) ?? []) },
      { header: "description", value: (e) => e.description },
      { header: "status", value: (e) => e.status },
      { header: "confidence", value: (e) => e.confidence },
    ],
    rows,
  );
}

/** One row per count, with its defendants (name and the link's own status). */
export async function exportChargesCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const names = await store.interop.entityNames();
  const slugs = await store.interop.caseSlugs();
  const rows = (await store.interop.charges()).filter((c) => !scope || scope.chargeIds.has(c.id));
  const defendants = new Map<string, ChargeDefendantRow[]>();
  // Defendants in the indictment's order (their position among the case's defendants).
  const ordered = await store.interop.chargeDefendantsInOrder();
  for (const d of ordered) {
    defendants.set(d.chargeId, [...(defendants.get(d.chargeId) ?? []), d]);
  }
  return toCsv<ChargeRow>(
    [
      { header: "id", value: (c) => c.id },
      { header: "case", value: (c) => slugs.get(c.caseId) },
      { header: "count_number", value: (c) => c.countNumber },
      { header: "title", value: (c) => c.title },
      { header: "statute", value: (c) => c.statute },
      { header: "status", value: (c) => c.status },
      { header: "confidence", value: (c) => c.confidence },
      { header: "defendant_count", value: (c) => defendants.get(c.id)?.length ?? 0 },
      { header: "defendant_ids", value: (c) => join((defendants.get(c.id) ?? []).map((d) => d.entityId)) },
      {
        header: "defendants",
        value: (c) => join((defendants.get(c.id) ?? []).map((d) => `${names.get(d.entityId) ?? d.entityId} (${d.status})`)),
      },
      { header: "description", value: (c) => c.description },
    ],
    rows,
  );
}

export async function exportSourcesCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const rows = (await store.interop.sourceSummaries()).filter((s) => !scope || scope.sourceIds.has(s.id));
  return toCsv<SourceSummary>(
    [
      { header: "id", value: (s) => s.id },
      { header: "kind", value: (s) => s.kind },
      { header: "title", value: (s) => s.title },
      { header: "publisher", value: (s) => s.publisher },
      { header: "author", value: (s) => s.author },
      { header: "url", value: (s) => s.url },
      { header: "published_date", value: (s) => s.publishedDate },
      { header: "description", value: (s) => s.description },
      { header: "has_text", value: (s) => s.textLength !== null },
      { header: "text_length", value: (s) => s.textLength },
      { header: "text_version", value: (s) => s.textVersion },
    ],
    rows,
  );
}

export async function exportCitationsCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const titles = await store.interop.sourceTitles();
  const rows = (await store.interop.citations()).filter((c) => !scope || scope.targets.has(`${c.targetType}:${c.targetId}`));
  return toCsv<CitationRow>(
    [
      { header: "id", value: (c) => c.id },
      { header: "source_id", value: (c) => c.sourceId },
      { header: "source_title", value: (c) => titles.get(c.sourceId) },
      { header: "target_type", value: (c) => c.targetType },
      { header: "target_id", value: (c) => c.targetId },
      { header: "field", value: (c) => c.field },
      { header: "quote", value: (c) => c.exact },
      { header: "prefix", value: (c) => c.prefix },
      { header: "suffix", value: (c) => c.suffix },
      { header: "start", value: (c) => c.startOffset },
      { header: "end", value: (c) => c.endOffset },
      { header: "locator", value: (c) => c.locator },
      { header: "note", value: (c) => c.note },
      { header: "is_orphaned", value: (c) => c.isOrphaned },
    ],
    rows,
  );
}

export async function exportAnnotationsCsv(store: Store, options: CsvOptions = {}): Promise<string> {
  const scope = await scopeOf(store, options);
  const authors = await store.interop.userNames();
  const all = await store.interop.annotations();
  const threads = new Set(
    all
      .filter((a) => !scope || a.caseId === scope.caseRow.id || scope.targets.has(`${a.targetType}:${a.targetId}`))
      .map((a) => a.id),
  );
  const rows = all.filter((a) => threads.has(a.id) || (a.parentId !== null && threads.has(a.parentId)));
  return toCsv<AnnotationRow>(
    [
      { header: "id", value: (a) => a.id },
      { header: "parent_id", value: (a) => a.parentId },
      { header: "target_type", value: (a) => a.targetType },
      { header: "target_id", value: (a) => a.targetId },
      { header: "author", value: (a) => authors.get(a.authorId) ?? a.authorId },
      { header: "body", value: (a) => a.body },
      { header: "tags", value: (a) => join(a.tags) },
      { header: "status", value: (a) => a.status },
      { header: "quote", value: (a) => a.exact },
      { header: "start", value: (a) => a.startOffset },
      { header: "end", value: (a) => a.endOffset },
      { header: "created_at", value: (a) => a.createdAt },
      { header: "resolved_at", value: (a) => a.resolvedAt },
    ],
    rows,
  );
}
