/**
 * Every per-request DataLoader, by domain. Resolvers read through these only, so a list of N
 * items costs one statement per nesting level, never N.
 */
import DataLoader from "dataloader";
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
  RevisionRow,
  SourceRow,
  UserRow,
} from "../tables/index.js";
import { listsBy, pagesBy, rowsById } from "./loader-kit.js";
import { inList, type SqlSession } from "./session.js";

/** Lists keyed by `${targetType}:${targetId}`; the SQL filters by target id (indexed). */
function byTarget<T>(session: SqlSession, sql: (ph: string) => string, each?: (row: T) => void) {
  return new DataLoader<string, T[]>(async (keys) => {
    const ids = inList([...new Set(keys.map((k) => k.slice(k.indexOf(":") + 1)))]);
    const rows = await session.all<T & { _key: string }>(sql(ids.sql), ids.params);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      each?.(row);
      let list = groups.get(row._key);
      if (!list) {
        list = [];
        groups.set(row._key, list);
      }
      list.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export type EventWithRoles = EventRow & { _roles: string };

/** The columns of a source without its text, as sourceById and citationsByTarget read them. */
const sourceFields = [
  ["id", "id"],
  ["version", "version"],
  ["createdAt", "created_at"],
  ["updatedAt", "updated_at"],
  ["kind", "kind"],
  ["title", "title"],
  ["publisher", "publisher"],
  ["author", "author"],
  ["url", "url"],
  ["publishedDate", "published_date"],
  ["publishedDatePrecision", "published_date_precision"],
  ["description", "description"],
  ["textVersion", "text_version"],
] as const;

/**
 * A source row from the loaders carries `hasText` (and no text) as a boolean, whichever engine
 * computed it (SQLite's `IS NOT NULL` is 1 or 0, PostgreSQL's a boolean).
 */
function withHasText(row: SourceRow): SourceRow {
  const loaded: SourceRow & { hasText?: unknown } = row;
  if (loaded.hasText !== undefined) loaded.hasText = loaded.hasText === true || loaded.hasText === 1;
  return row;
}

export function createLoaders(session: SqlSession) {
  const { dialect } = session;
  /** Sources without their text (a citation's source is shown by title; texts can be megabytes). */
  const sourceById = new DataLoader<string, SourceRow | null>(async (ids) => {
    const list = inList(ids);
    const rows = await session.all<SourceRow>(
      `SELECT ${sourceFields.map(([, column]) => column).join(", ")}, text IS NOT NULL AS has_text
       FROM sources WHERE id IN (${list.sql})`,
      list.params,
    );
    for (const row of rows) withHasText(row);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  // A citation's source comes with it, as one JSON column in the same record shape, and is
  // primed into sourceById: every page that lists citations shows their sources.
  const sourceJson = dialect.jsonObject([
    ...sourceFields.map(([key, column]) => [key, `s.${column}`] as const),
    ["hasText", "s.text IS NOT NULL"],
  ]);
  const citationsByTarget = byTarget<CitationRow>(
    session,
    (ph) =>
      `SELECT c.*, c.target_type || ':' || c.target_id AS _key, ${sourceJson} AS _source
       FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.target_id IN (${ph}) ORDER BY c.source_id, c.start_offset, c.id`,
    (row: CitationRow & { _source?: string }) => {
      if (row._source !== undefined) {
        sourceById.prime(row.sourceId, withHasText(JSON.parse(row._source) as SourceRow));
        delete row._source;
      }
    },
  );
  return {
    caseById: rowsById<CaseRow>(session, "cases"),
    caseBySlug: new DataLoader<string, CaseRow | null>(async (slugs) => {
      const list = inList(slugs);
      const rows = await session.all<CaseRow>(`SELECT * FROM cases WHERE slug IN (${list.sql})`, list.params);
      return slugs.map((s) => rows.find((r) => r.slug === s) ?? null);
    }),
    entityById: rowsById<EntityRow>(session, "entities"),
    caseRoleById: rowsById<CaseRoleRow>(session, "case_roles"),
    relationshipById: rowsById<RelationshipRow>(session, "relationships"),
    eventById: rowsById<EventRow>(session, "events"),
    participantById: rowsById<EventParticipantRow>(session, "event_participants"),
    chargeById: rowsById<ChargeRow>(session, "charges"),
    chargeDefendantById: rowsById<ChargeDefendantRow>(session, "charge_defendants"),
    sourceById,
    sourceTextById: new DataLoader<string, string | null>(async (ids) => {
      const list = inList(ids);
      const rows = await session.raw<{ id: string; text: string | null }>(
        `SELECT id, text FROM sources WHERE id IN (${list.sql})`,
        list.params,
      );
      const byId = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    citationById: rowsById<CitationRow>(session, "citations"),
    annotationById: rowsById<AnnotationRow>(session, "annotations"),
    userById: rowsById<UserRow>(session, "users"),
    revisionById: new DataLoader<string, RevisionRow | null>(async (ids) => {
      const list = inList(ids.map(Number));
      const rows = await session.all<RevisionRow>(`SELECT * FROM revisions WHERE id IN (${list.sql})`, list.params);
      return ids.map((id) => rows.find((r) => String(r.id) === id) ?? null);
    }),

    /** Citations by `${targetType}:${targetId}`, in source text order, their sources primed. */
    citationsByTarget,
    /** Thread starts by `${targetType}:${targetId}`, oldest first. */
    annotationsByTarget: byTarget<AnnotationRow>(
      session,
      (ph) =>
        `SELECT *, target_type || ':' || target_id AS _key FROM annotations
       WHERE target_id IN (${ph}) AND parent_id IS NULL ORDER BY start_offset, created_at, id`,
    ),
    repliesByParent: listsBy<AnnotationRow>(
      session,
      (ph) => `SELECT * FROM annotations WHERE parent_id IN (${ph}) ORDER BY created_at, id`,
      "parentId",
    ),
    citationsBySource: listsBy<CitationRow>(
      session,
      (ph) => `SELECT * FROM citations WHERE source_id IN (${ph}) ORDER BY start_offset, id`,
      "sourceId",
    ),

    caseRolesByEntity: listsBy<CaseRoleRow>(
      session,
      (ph) => `SELECT * FROM case_roles WHERE entity_id IN (${ph}) ORDER BY case_id, position, id`,
      "entityId",
    ),
    caseRolePages: pagesBy<CaseRoleRow>(session, (ph, role, parents) => ({
      sql: `SELECT *, case_id AS _parent FROM case_roles WHERE case_id IN (${ph})${role ? " AND role = ?" : ""}`,
      orderBy: "c.position, c.id",
      params: role ? [...parents, role] : parents,
    })),
    chargesByCase: listsBy<ChargeRow>(
      session,
      (ph) => `SELECT * FROM charges WHERE case_id IN (${ph}) ORDER BY count_number`,
      "caseId",
    ),
    defendantsByCharge: listsBy<ChargeDefendantRow>(
      session,
      (ph) =>
        `SELECT cd.* FROM charge_defendants cd
         LEFT JOIN case_roles cr ON cr.entity_id = cd.entity_id AND cr.role = 'DEFENDANT'
           AND cr.case_id = (SELECT case_id FROM charges WHERE id = cd.charge_id)
         WHERE cd.charge_id IN (${ph}) ORDER BY cr.position, cd.id`,
      "chargeId",
    ),
    chargeLinksByEntity: listsBy<ChargeDefendantRow & { _case: string }>(
      session,
      (ph) =>
        `SELECT cd.*, c.case_id AS _case FROM charge_defendants cd JOIN charges c ON c.id = cd.charge_id
         WHERE cd.entity_id IN (${ph}) ORDER BY c.case_id, c.count_number`,
      "entityId",
    ),
    participantsByEvent: listsBy<EventParticipantRow>(
      session,
      (ph) => `SELECT * FROM event_participants WHERE event_id IN (${ph}) ORDER BY role, id`,
      "eventId",
    ),
    childrenByParent: listsBy<EntityRow>(
      session,
      (ph) => `SELECT * FROM entities WHERE parent_id IN (${ph}) AND merged_into_id IS NULL ORDER BY name, id`,
      "parentId",
    ),
    /** Events of a case, in date order. */
    eventPagesByCase: pagesBy<EventRow>(session, (ph, _filter, parents) => ({
      sql: `SELECT *, case_id AS _parent FROM events WHERE case_id IN (${ph})`,
      orderBy: "c.range_start, c.id",
      params: parents,
    })),
    /** Events an entity takes part in, in date order, with its roles (filter: case id). */
    eventPagesByEntity: pagesBy<EventWithRoles>(session, (ph, caseId, parents) => ({
      sql: `SELECT e.*, p.entity_id AS _parent, ${dialect.groupConcat("p.role")} AS _roles
            FROM event_participants p JOIN events e ON e.id = p.event_id
            WHERE p.entity_id IN (${ph})${caseId ? " AND e.case_id = ?" : ""} GROUP BY p.entity_id, e.id`,
      orderBy: "c.range_start, c.id",
      params: caseId ? [...parents, caseId] : parents,
      count: caseId
        ? undefined
        : { sql: "SELECT count(DISTINCT event_id) FROM event_participants WHERE entity_id = ?", params: parents },
    })),
    /** Relationships touching an entity (filter: `${direction}:${predicate}`). */
    relationshipPagesByEntity: pagesBy<RelationshipRow>(session, (ph, filter, parents) => {
      const [direction = "BOTH", predicate = "", uncited = ""] = (filter ?? "").split(":");
      const cited =
        "EXISTS (SELECT 1 FROM citations ci WHERE ci.target_id = relationships.id AND ci.target_type = 'RELATIONSHIP')";
      const byCitation = uncited === "true" ? ` AND NOT ${cited}` : uncited === "false" ? ` AND ${cited}` : "";
      const byPredicate = `${predicate ? " AND predicate = ?" : ""}${byCitation}`;
      const outgoing = `SELECT *, subject_id AS _parent FROM relationships WHERE subject_id IN (${ph})${byPredicate}`;
      const incoming = `SELECT *, object_id AS _parent FROM relationships WHERE object_id IN (${ph})${byPredicate}`;
      const oneWay = predicate ? [...parents, predicate] : parents;
      // Index-only counts (relationships_subject_idx / relationships_object_idx) for one parent.
      const countOut = `SELECT count(*) FROM relationships WHERE subject_id = ?${byPredicate}`;
      const countIn = `SELECT count(*) FROM relationships WHERE object_id = ?${byPredicate}`;
      if (direction === "OUTGOING")
        return { sql: outgoing, orderBy: "c.predicate, c.id", params: oneWay, count: { sql: countOut, params: oneWay } };
      if (direction === "INCOMING")
        return { sql: incoming, orderBy: "c.predicate, c.id", params: oneWay, count: { sql: countIn, params: oneWay } };
      return {
        sql: `${outgoing} UNION ALL ${incoming}`,
        orderBy: "c.predicate, c.id",
        params: [...oneWay, ...oneWay],
        count: { sql: `SELECT (${countOut}) + (${countIn})`, params: [...oneWay, ...oneWay] },
      };
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
