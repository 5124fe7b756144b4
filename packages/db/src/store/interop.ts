/**
 * What data interchange reads and writes (packages/interop and the API's interop module): the
 * records of a case for exports scoped to one, every record type in export order for CSV and Web
 * Annotation exports, the entities mention suggestions are matched against, the lookups an FtM
 * import makes while it plans its bundle, and rejected mention suggestions. The rules (what
 * belongs to a case, what a column holds, what counts as the same record) stay with the callers.
 */
import type { EntityKind } from "@casefile/schema/enums";
import type {
  AnnotationRow,
  CaseRoleRow,
  CaseRow,
  ChargeDefendantRow,
  ChargeRow,
  CitationRow,
  EntityRow,
  EventParticipantRow,
  EventRow,
  RelationshipRow,
  SourceRow,
} from "../tables/index.js";
import { inList, type SqlSession } from "./session.js";
import type { TableName } from "./table-info.js";

/** The ids of a case's own records (by its id). */
export interface CaseRecordIds {
  roleIds: string[];
  eventIds: string[];
  chargeIds: string[];
  participantIds: string[];
  defendantIds: string[];
  /** Entities with a role in the case, taking part in its events or charges, or the place of one of its events. */
  entityIds: string[];
}

/** A source as the CSV export lists it: without its text, with the text's length (null: no text). */
export type SourceSummary = Omit<SourceRow, "text"> & { textLength: number | null };

/** An entity as mention suggestions match it. */
export type NameRecord = Pick<EntityRow, "id" | "kind" | "name" | "aliases">;

const pluckIds = (rows: { id: string }[]) => rows.map((r) => r.id);

export class InteropStore {
  constructor(private readonly session: SqlSession) {}

  // Cases ------------------------------------------------------------------------------------

  caseBySlug(slug: string): Promise<CaseRow | undefined> {
    return this.session.get<CaseRow>("SELECT * FROM cases WHERE slug = ?", [slug]);
  }

  caseIdBySlug(slug: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM cases WHERE slug = ?", [slug]);
  }

  async hasCaseSlug(slug: string): Promise<boolean> {
    return (await this.session.value<number>("SELECT 1 FROM cases WHERE slug = ?", [slug])) !== undefined;
  }

  /** True when a row of `table` has this id. */
  async hasRecord(table: TableName, id: string): Promise<boolean> {
    return (await this.session.value<number>(`SELECT 1 FROM ${table} WHERE id = ?`, [id])) !== undefined;
  }

  /** The ids of the records of one case (see CaseRecordIds). */
  async caseRecordIds(caseId: string): Promise<CaseRecordIds> {
    const ids = async (sql: string, params: unknown[]) => pluckIds(await this.session.raw<{ id: string }>(sql, params));
    const roleIds = await ids("SELECT id FROM case_roles WHERE case_id = ?", [caseId]);
    const eventIds = await ids("SELECT id FROM events WHERE case_id = ?", [caseId]);
    const chargeIds = await ids("SELECT id FROM charges WHERE case_id = ?", [caseId]);
    const participantIds = await ids(
      "SELECT p.id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = ?",
      [caseId],
    );
    const defendantIds = await ids(
      "SELECT d.id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = ?",
      [caseId],
    );
    const entityIds = await ids(
      `SELECT entity_id AS id FROM case_roles WHERE case_id = ?
       UNION SELECT p.entity_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.case_id = ?
       UNION SELECT d.entity_id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE c.case_id = ?
       UNION SELECT place_id FROM events WHERE case_id = ? AND place_id IS NOT NULL`,
      [caseId, caseId, caseId, caseId],
    );
    return { roleIds, eventIds, chargeIds, participantIds, defendantIds, entityIds };
  }

  /** The parent organizations of these entities (those that have one). */
  async parentIdsOf(entityIds: readonly string[]): Promise<string[]> {
    const list = inList(entityIds);
    return pluckIds(
      await this.session.raw<{ id: string }>(
        `SELECT parent_id AS id FROM entities WHERE id IN (${list.sql}) AND parent_id IS NOT NULL`,
        list.params,
      ),
    );
  }

  /** Entities merged into another (they only redirect). */
  async mergedEntityIds(): Promise<string[]> {
    return pluckIds(await this.session.raw<{ id: string }>("SELECT id FROM entities WHERE merged_into_id IS NOT NULL"));
  }

  /** Every relationship's two ends. */
  async relationshipEnds(): Promise<{ id: string; subjectId: string; objectId: string }[]> {
    const rows = await this.session.raw<{ id: string; subject_id: string; object_id: string }>(
      "SELECT id, subject_id, object_id FROM relationships",
    );
    return rows.map((r) => ({ id: r.id, subjectId: r.subject_id, objectId: r.object_id }));
  }

  /** Every citation's source and target. */
  async citationTargets(): Promise<{ sourceId: string; targetType: string; targetId: string }[]> {
    const rows = await this.session.raw<{ source_id: string; target_type: string; target_id: string }>(
      "SELECT source_id, target_type, target_id FROM citations",
    );
    return rows.map((c) => ({ sourceId: c.source_id, targetType: c.target_type, targetId: c.target_id }));
  }

  // Names and labels -------------------------------------------------------------------------

  async entityNames(): Promise<Map<string, string>> {
    const rows = await this.session.raw<{ id: string; name: string }>("SELECT id, name FROM entities");
    return new Map(rows.map((e) => [e.id, e.name]));
  }

  async entityKinds(): Promise<Map<string, EntityKind>> {
    const rows = await this.session.raw<{ id: string; kind: EntityKind }>("SELECT id, kind FROM entities");
    return new Map(rows.map((e) => [e.id, e.kind]));
  }

  entityKind(id: string): Promise<EntityKind | undefined> {
    return this.session.value<EntityKind>("SELECT kind FROM entities WHERE id = ?", [id]);
  }

  async caseSlugs(): Promise<Map<string, string>> {
    const rows = await this.session.raw<{ id: string; slug: string }>("SELECT id, slug FROM cases");
    return new Map(rows.map((c) => [c.id, c.slug]));
  }

  async sourceTitles(): Promise<Map<string, string>> {
    const rows = await this.session.raw<{ id: string; title: string }>("SELECT id, title FROM sources");
    return new Map(rows.map((s) => [s.id, s.title]));
  }

  async userNames(): Promise<Map<string, string>> {
    const rows = await this.session.raw<{ id: string; name: string }>("SELECT id, name FROM users");
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  // Records in export order ------------------------------------------------------------------

  /** Unmerged entities by kind, name and id. */
  unmergedEntities(): Promise<EntityRow[]> {
    return this.session.all<EntityRow>("SELECT * FROM entities WHERE merged_into_id IS NULL ORDER BY kind, name, id");
  }

  /** Every case role with its case's slug, by slug and position. */
  caseRolesWithSlugs(): Promise<(CaseRoleRow & { caseSlug: string })[]> {
    return this.session.all<CaseRoleRow & { caseSlug: string }>(
      "SELECT r.*, c.slug AS case_slug FROM case_roles r JOIN cases c ON c.id = r.case_id ORDER BY c.slug, r.position",
    );
  }

  relationships(): Promise<RelationshipRow[]> {
    return this.session.all<RelationshipRow>("SELECT * FROM relationships ORDER BY subject_id, predicate, object_id");
  }

  events(): Promise<EventRow[]> {
    return this.session.all<EventRow>("SELECT * FROM events ORDER BY range_start, id");
  }

  eventParticipants(): Promise<EventParticipantRow[]> {
    return this.session.all<EventParticipantRow>("SELECT * FROM event_participants ORDER BY id");
  }

  charges(): Promise<ChargeRow[]> {
    return this.session.all<ChargeRow>("SELECT * FROM charges ORDER BY case_id, count_number");
  }

  /** Every charge's defendants, in the indictment's order (their position among the case's defendants). */
  chargeDefendantsInOrder(): Promise<ChargeDefendantRow[]> {
    return this.session.all<ChargeDefendantRow>(
      `SELECT d.* FROM charge_defendants d JOIN charges c ON c.id = d.charge_id
       LEFT JOIN case_roles r ON r.case_id = c.case_id AND r.entity_id = d.entity_id AND r.role = 'DEFENDANT'
      ORDER BY coalesce(r.position, 1e9), d.entity_id`,
    );
  }

  /** Every source without its text, by id. */
  sourceSummaries(): Promise<SourceSummary[]> {
    return this.session.all<SourceSummary>(
      "SELECT id, kind, title, publisher, author, url, published_date, description, text_version, length(text) AS text_length FROM sources ORDER BY id",
    );
  }

  citations(): Promise<CitationRow[]> {
    return this.session.all<CitationRow>("SELECT * FROM citations ORDER BY source_id, start_offset, id");
  }

  annotations(): Promise<AnnotationRow[]> {
    return this.session.all<AnnotationRow>("SELECT * FROM annotations ORDER BY created_at, id");
  }

  // Mention suggestions ----------------------------------------------------------------------

  /** Unmerged entities with their names, by id: what mentions are matched against. */
  nameRecords(): Promise<NameRecord[]> {
    return this.session.all<NameRecord>("SELECT id, kind, name, aliases FROM entities WHERE merged_into_id IS NULL ORDER BY id");
  }

  /** A source's text and its version; undefined for an unknown source. */
  sourceText(sourceId: string): Promise<{ text: string | null; textVersion: number } | undefined> {
    return this.session.get<{ text: string | null; textVersion: number }>(
      `SELECT text, text_version AS "textVersion" FROM sources WHERE id = ?`,
      [sourceId],
    );
  }

  /** Where a source's live (not orphaned) quotes cite entities. */
  citedEntitySpans(sourceId: string): Promise<{ startOffset: number; endOffset: number; targetId: string }[]> {
    return this.session.raw<{ startOffset: number; endOffset: number; targetId: string }>(
      `SELECT start_offset AS "startOffset", end_offset AS "endOffset", target_id AS "targetId" FROM citations WHERE source_id = ? AND target_type = 'ENTITY' AND start_offset IS NOT NULL AND is_orphaned = ?`,
      [sourceId, this.session.dialect.boolean(false)],
    );
  }

  /** Keys of the suggestions rejected for a source (every text version). */
  async rejectedKeys(sourceId: string): Promise<string[]> {
    const rows = await this.session.raw<{ key: string }>("SELECT key FROM mention_rejections WHERE source_id = ?", [sourceId]);
    return rows.map((r) => r.key);
  }

  /** Records (or renews) the rejection of a suggestion, stamped now. */
  async rejectMention(sourceId: string, key: string, textVersion: number, rejectedById: string | null): Promise<void> {
    await this.session.run(
      `INSERT INTO mention_rejections (source_id, key, text_version, rejected_by_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (source_id, key) DO UPDATE SET text_version = excluded.text_version, rejected_by_id = excluded.rejected_by_id,
         rejected_at = ${this.session.dialect.currentTimestamp}`,
      [sourceId, key, textVersion, rejectedById],
    );
  }

  /** Forgets the rejection of a suggestion (it was accepted after all). */
  async forgetRejection(sourceId: string, key: string): Promise<void> {
    await this.session.run("DELETE FROM mention_rejections WHERE source_id = ? AND key = ?", [sourceId, key]);
  }

  async hasCaseRole(caseId: string, entityId: string): Promise<boolean> {
    return (
      (await this.session.value<number>("SELECT 1 FROM case_roles WHERE case_id = ? AND entity_id = ?", [caseId, entityId])) !==
      undefined
    );
  }

  // FollowTheMoney import --------------------------------------------------------------------

  async hasCaseId(id: string): Promise<boolean> {
    return (await this.session.value<number>("SELECT 1 FROM cases WHERE id = ?", [id])) !== undefined;
  }

  /** A source's id and text, by id. */
  sourceTextById(id: string): Promise<{ id: string; text: string | null } | undefined> {
    return this.session.get<{ id: string; text: string | null }>("SELECT id, text FROM sources WHERE id = ?", [id]);
  }

  /** The first source (by id) with this URL. */
  sourceTextByUrl(url: string): Promise<{ id: string; text: string | null } | undefined> {
    return this.session.get<{ id: string; text: string | null }>(
      "SELECT id, text FROM sources WHERE url = ? ORDER BY id LIMIT 1",
      [url],
    );
  }

  /** Up to 20 sources with this URL, or this title in any letter case. */
  sourcesLike(url: string | null, title: string): Promise<{ id: string; title: string; url: string | null }[]> {
    return this.session.all<{ id: string; title: string; url: string | null }>(
      `SELECT id, title, url FROM sources WHERE (url IS NOT NULL AND url = ?) OR ${this.session.dialect.equalsIgnoringCase("title")} LIMIT 20`,
      [url, title],
    );
  }

  /** "entityId|role" of every role in a case. */
  async caseRoleKeys(caseId: string): Promise<string[]> {
    const rows = await this.session.raw<{ entity_id: string; role: string }>(
      "SELECT entity_id, role FROM case_roles WHERE case_id = ?",
      [caseId],
    );
    return rows.map((r) => `${r.entity_id}|${r.role}`);
  }

  /** "entityId|role" of every participant of an event. */
  async participantKeys(eventId: string): Promise<string[]> {
    const rows = await this.session.raw<{ entity_id: string; role: string }>(
      "SELECT entity_id, role FROM event_participants WHERE event_id = ?",
      [eventId],
    );
    return rows.map((p) => `${p.entity_id}|${p.role}`);
  }

  /** The relationship with these ends and predicate, if stored. */
  sameRelationship(subjectId: string, predicate: string, objectId: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM relationships WHERE subject_id = ? AND predicate = ? AND object_id = ?", [
      subjectId,
      predicate,
      objectId,
    ]);
  }

  chargeByCount(caseId: string, countNumber: number): Promise<ChargeRow | undefined> {
    return this.session.get<ChargeRow>("SELECT * FROM charges WHERE case_id = ? AND count_number = ?", [caseId, countNumber]);
  }

  async isChargeDefendant(chargeId: string, entityId: string): Promise<boolean> {
    return (
      (await this.session.value<number>("SELECT 1 FROM charge_defendants WHERE charge_id = ? AND entity_id = ?", [
        chargeId,
        entityId,
      ])) !== undefined
    );
  }

  /**
   * A stored citation with this id, or of the same source and passage (`passage`: its quote,
   * else locator, else note) about the same target; citations of an event's participants count
   * for the event (`eventId`: the target's id when it is an event, else "").
   */
  sameCitation(
    id: string,
    sourceId: string,
    passage: string,
    target: { type: string; id: string },
    eventId: string,
  ): Promise<string | undefined> {
    return this.session.value<string>(
      `SELECT id FROM citations WHERE id = ? OR (source_id = ? AND coalesce(exact, locator, note, '') = ? AND (
         (target_type = ? AND target_id = ?) OR
         (target_type = 'EVENT_PARTICIPANT' AND target_id IN (SELECT id FROM event_participants WHERE event_id = ?)))) LIMIT 1`,
      [id, sourceId, passage, target.type, target.id, eventId],
    );
  }

  /** Up to 200 unmerged entities whose name or aliases contain every word of `name`. */
  async entitiesNamed(name: string): Promise<EntityRow[]> {
    const match = this.session.dialect.entityNameMatch(name);
    if (!match) return [];
    return this.session.all<EntityRow>(
      `SELECT e.* FROM ${match.from}
        WHERE ${match.where} AND e.merged_into_id IS NULL LIMIT 200`,
      [match.param],
    );
  }

  /** How many rows each table holds (for comparing databases). */
  async rowCounts(tables: readonly TableName[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = (await this.session.value<number>(`SELECT count(*) FROM ${table}`)) ?? 0;
    return counts;
  }
}
