/**
 * Writes the database (or one case) back out as an import bundle. Ids are kept, so export
 * followed by import into an empty database gives the same records under the same global IDs.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput } from "@casefile/schema/bundle";
import Database from "better-sqlite3";
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
  UserRow,
} from "../../tables/index.js";
import { Queries } from "../queries.js";
import {
  checkIntegrity,
  checkpointWal,
  committedMigrationCount,
  migrateStore,
  openStore,
  type SqliteStore as Store,
} from "../store.js";

type Json = Record<string, unknown>;
type MentionRejection = { sourceId: string; key: string; textVersion: number; rejectedById: string | null; rejectedAt: string };

/** An orphaned quote is exported as it is, with the position it had (the loader does not look for it). */
function orphanOf(row: {
  isOrphaned: boolean;
  exact: string | null;
  startOffset: number | null;
  endOffset: number | null;
}): Json {
  if (!row.isOrphaned || row.exact === null) return {};
  return {
    isOrphaned: true,
    position: row.startOffset !== null && row.endOffset !== null ? { start: row.startOffset, end: row.endOffset } : undefined,
  };
}

/** Drops null and undefined fields, so the bundle only says what is known. */
function compact<T extends Json>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

// Records in bundle form, without their nested citations, annotations, roles or links. The
// exporter adds those; an importer that only needs to name an existing record uses these as
// they are (the loader then finds the record unchanged and writes nothing for it).

export function entityBundleForm(e: EntityRow): Json {
  const kindFields: Json =
    e.kind === "PERSON"
      ? { rank: e.rank, position: e.position, nationality: e.nationality, birthDate: e.birthDate }
      : e.kind === "ORGANIZATION"
        ? { organizationKind: e.organizationKind, country: e.country, parent: e.parentId }
        : e.kind === "ONLINE_PERSONA"
          ? { personaKind: e.personaKind, platform: e.platform, url: e.url }
          : e.kind === "PLACE"
            ? { placeKind: e.placeKind, country: e.country }
            : { artifactKind: e.artifactKind, url: e.url };
  return compact({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases.length ? e.aliases : undefined,
    description: e.description,
    fieldStatuses: Object.keys(e.fieldStatuses).length ? e.fieldStatuses : undefined,
    status: e.status,
    confidence: e.confidence,
    ...compact(kindFields),
  });
}

export function caseBundleForm(c: CaseRow): Json {
  return compact({
    id: c.id,
    slug: c.slug,
    caption: c.caption,
    shortTitle: c.shortTitle,
    docketNumber: c.docketNumber,
    court: c.court,
    jurisdiction: c.jurisdiction,
    status: c.status,
    filedDate: c.filedDate,
    summary: c.summary,
  });
}

export function eventBundleForm(ev: EventRow): Json {
  return compact({
    id: ev.id,
    case: ev.caseId,
    title: ev.title,
    kind: ev.kind,
    date: ev.date,
    endDate: ev.endDate,
    place: ev.placeId,
    description: ev.description,
    status: ev.status,
    confidence: ev.confidence,
  });
}

export function chargeBundleForm(ch: ChargeRow): Json {
  return compact({
    id: ch.id,
    case: ch.caseId,
    countNumber: ch.countNumber,
    title: ch.title,
    statute: ch.statute,
    description: ch.description,
    status: ch.status,
    confidence: ch.confidence,
  });
}

/** When and how often a record was written: kept by a full export, so a re-import loses nothing. */
function metaOf(row: { createdAt: string; updatedAt: string; version: number }): Json {
  return { createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version };
}

export interface ExportOptions {
  /**
   * Every account, with its password hash and whether it is disabled: for the operator's full
   * export (`casefile export` without a case), never for a client of the API. Without it, the
   * bundle lists only the accounts its records name (authors), without secrets.
   */
  includeAccounts?: boolean;
}

/**
 * One case (its records, and the entities and sources they name), or the whole database with
 * nothing left out: orphaned quotes as they are, merged-away entities with their redirect,
 * rejected mention suggestions, and every record's createdAt, updatedAt and version.
 */
export function exportBundle(store: Store, caseSlug?: string, options: ExportOptions = {}): BundleInput {
  const q = new Queries(store.sqlite);
  let cases: CaseRow[];
  if (caseSlug) {
    const row = q.get<CaseRow>("SELECT * FROM cases WHERE slug = ?", [caseSlug]);
    if (!row) {
      const known = q.all<{ slug: string }>("SELECT slug FROM cases ORDER BY slug").map((c) => c.slug);
      throw new Error(
        `there is no case with slug "${caseSlug}" (known slugs: ${known.length ? known.join(", ") : "none, the database has no cases"})`,
      );
    }
    cases = [row];
  } else {
    cases = q.all<CaseRow>("SELECT * FROM cases ORDER BY id");
  }
  const caseIds = new Set(cases.map((c) => c.id));
  const inCase = (id: string) => caseIds.has(id);

  const roles = q.all<CaseRoleRow>("SELECT * FROM case_roles ORDER BY case_id, position, id").filter((r) => inCase(r.caseId));
  // Merged-away entities come along in a full export (their ids keep redirecting), not in a case's.
  const allEntities = q.all<EntityRow>(`SELECT * FROM entities ${caseSlug ? "WHERE merged_into_id IS NULL" : ""} ORDER BY id`);
  const entityIds = new Set(caseSlug ? roles.map((r) => r.entityId) : allEntities.map((e) => e.id));
  const events = q.all<EventRow>("SELECT * FROM events ORDER BY range_start, id").filter((e) => inCase(e.caseId));
  const participants = q.all<EventParticipantRow>("SELECT * FROM event_participants ORDER BY id");
  const charges = q.all<ChargeRow>("SELECT * FROM charges ORDER BY case_id, count_number").filter((c) => inCase(c.caseId));
  const defendants = q.all<ChargeDefendantRow>("SELECT * FROM charge_defendants ORDER BY id");
  // Entities that events and charges of the case refer to come along even without a role.
  const eventIds = new Set(events.map((e) => e.id));
  const chargeIds = new Set(charges.map((c) => c.id));
  for (const p of participants) if (eventIds.has(p.eventId)) entityIds.add(p.entityId);
  for (const d of defendants) if (chargeIds.has(d.chargeId)) entityIds.add(d.entityId);
  for (const e of events) if (e.placeId) entityIds.add(e.placeId);
  // Parents of organizations, transitively.
  const byId = new Map(allEntities.map((e) => [e.id, e]));
  for (const id of [...entityIds]) {
    let parent = byId.get(id)?.parentId;
    while (parent && !entityIds.has(parent)) {
      entityIds.add(parent);
      parent = byId.get(parent)?.parentId;
    }
  }
  const entities = allEntities.filter((e) => entityIds.has(e.id));
  const relationships = q
    .all<RelationshipRow>("SELECT * FROM relationships ORDER BY id")
    .filter((r) => entityIds.has(r.subjectId) && entityIds.has(r.objectId));

  const citations = q.all<CitationRow>("SELECT * FROM citations ORDER BY rowid");
  const annotations = q.all<AnnotationRow>("SELECT * FROM annotations ORDER BY created_at, id");
  const citationsOf = new Map<string, CitationRow[]>();
  for (const c of citations) {
    const key = `${c.targetType}:${c.targetId}`;
    citationsOf.set(key, [...(citationsOf.get(key) ?? []), c]);
  }
  const threadsOf = new Map<string, AnnotationRow[]>();
  const repliesOf = new Map<string, AnnotationRow[]>();
  for (const a of annotations) {
    if (a.parentId) repliesOf.set(a.parentId, [...(repliesOf.get(a.parentId) ?? []), a]);
    else threadsOf.set(`${a.targetType}:${a.targetId}`, [...(threadsOf.get(`${a.targetType}:${a.targetId}`) ?? []), a]);
  }
  const usedSources = new Set<string>();
  const usedUsers = new Set<string>();

  const provenance = (targetType: string, targetId: string) => {
    const cites = (citationsOf.get(`${targetType}:${targetId}`) ?? []).map((c) => {
      usedSources.add(c.sourceId);
      if (c.createdById) usedUsers.add(c.createdById);
      return compact({
        id: c.id,
        source: c.sourceId,
        field: c.field,
        quote:
          c.exact !== null
            ? compact({ exact: c.exact, prefix: c.prefix ?? undefined, suffix: c.suffix ?? undefined })
            : undefined,
        locator: c.locator,
        note: c.note,
        createdBy: c.createdById,
        ...orphanOf(c),
        ...metaOf(c),
      });
    });
    const notes = (threadsOf.get(`${targetType}:${targetId}`) ?? []).map((a) => annotationOut(a));
    return compact({ citations: cites.length ? cites : undefined, annotations: notes.length ? notes : undefined });
  };
  const annotationOut = (a: AnnotationRow) => {
    usedUsers.add(a.authorId);
    if (a.resolvedById) usedUsers.add(a.resolvedById);
    const replies = (repliesOf.get(a.id) ?? []).map((r) => {
      usedUsers.add(r.authorId);
      return { id: r.id, author: r.authorId, body: r.body, ...metaOf(r) };
    });
    return compact({
      id: a.id,
      author: a.authorId,
      body: a.body,
      tags: a.tags.length ? a.tags : undefined,
      status: a.status,
      resolvedAt: a.resolvedAt,
      resolvedBy: a.resolvedById,
      case: a.caseId,
      quote:
        a.exact !== null ? compact({ exact: a.exact, prefix: a.prefix ?? undefined, suffix: a.suffix ?? undefined }) : undefined,
      ...orphanOf(a),
      ...metaOf(a),
      replies: replies.length ? replies : undefined,
    });
  };
  const fact = (row: { status: string; confidence: number }) => ({ status: row.status, confidence: row.confidence });

  const bundleCases = cases.map((c) => ({ ...caseBundleForm(c), ...metaOf(c), ...provenance("CASE", c.id) }));
  const rolesOf = new Map<string, CaseRoleRow[]>();
  for (const r of roles) rolesOf.set(r.entityId, [...(rolesOf.get(r.entityId) ?? []), r]);
  const bundleEntities = entities.map((e) => {
    const entityRoles = (rolesOf.get(e.id) ?? []).map((r) =>
      compact({
        id: r.id,
        case: r.caseId,
        role: r.role,
        description: r.description,
        position: r.position,
        ...fact(r),
        ...metaOf(r),
        ...provenance("CASE_ROLE", r.id),
      }),
    );
    return compact({
      ...entityBundleForm(e),
      mergedInto: e.mergedIntoId,
      ...metaOf(e),
      roles: entityRoles.length ? entityRoles : undefined,
      ...provenance("ENTITY", e.id),
    });
  });
  const bundleRelationships = relationships.map((r) =>
    compact({
      id: r.id,
      subject: r.subjectId,
      predicate: r.predicate,
      object: r.objectId,
      startDate: r.startDate,
      endDate: r.endDate,
      description: r.description,
      ...fact(r),
      ...metaOf(r),
      ...provenance("RELATIONSHIP", r.id),
    }),
  );
  const bundleEvents = events.map((ev) => {
    const parts = participants
      .filter((p) => p.eventId === ev.id)
      .map((p) =>
        compact({
          id: p.id,
          entity: p.entityId,
          role: p.role,
          ...fact(p),
          ...metaOf(p),
          ...provenance("EVENT_PARTICIPANT", p.id),
        }),
      );
    return compact({
      ...eventBundleForm(ev),
      ...metaOf(ev),
      participants: parts.length ? parts : undefined,
      ...provenance("EVENT", ev.id),
    });
  });
  const bundleCharges = charges.map((ch) => {
    const links = defendants
      .filter((d) => d.chargeId === ch.id)
      .map((d) => compact({ id: d.id, entity: d.entityId, ...fact(d), ...metaOf(d), ...provenance("CHARGE_DEFENDANT", d.id) }));
    return compact({
      ...chargeBundleForm(ch),
      ...metaOf(ch),
      defendants: links.length ? links : undefined,
      ...provenance("CHARGE", ch.id),
    });
  });
  // Sources: every source when exporting everything; the cited ones for a case.
  const sourceRows = q.all<SourceRow>("SELECT * FROM sources ORDER BY id").filter((s) => !caseSlug || usedSources.has(s.id));
  const rejectedOf = new Map<string, MentionRejection[]>();
  for (const r of q.all<MentionRejection>("SELECT * FROM mention_rejections ORDER BY source_id, key")) {
    rejectedOf.set(r.sourceId, [...(rejectedOf.get(r.sourceId) ?? []), r]);
  }
  const bundleSources = sourceRows.map((s) => {
    const notes = (threadsOf.get(`SOURCE:${s.id}`) ?? []).map((a) => annotationOut(a));
    const rejected = (rejectedOf.get(s.id) ?? []).map((r) => {
      if (r.rejectedById) usedUsers.add(r.rejectedById);
      return compact({ key: r.key, textVersion: r.textVersion, rejectedBy: r.rejectedById, rejectedAt: r.rejectedAt });
    });
    return compact({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      url: s.url,
      publishedDate: s.publishedDate,
      description: s.description,
      text: s.text,
      textVersion: s.textVersion,
      ...metaOf(s),
      annotations: notes.length ? notes : undefined,
      rejectedMentions: rejected.length ? rejected : undefined,
    });
  });
  const users = q
    .all<UserRow>("SELECT * FROM users ORDER BY id")
    .filter((u) => options.includeAccounts || usedUsers.has(u.id))
    .map((u) =>
      compact({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        ...(options.includeAccounts ? { isDisabled: u.isDisabled, passwordHash: u.passwordHash } : {}),
        ...metaOf(u),
      }),
    );

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    description: caseSlug ? `Export of case ${caseSlug}` : "Export of the whole database",
    users,
    cases: bundleCases,
    sources: bundleSources,
    entities: bundleEntities,
    relationships: bundleRelationships,
    events: bundleEvents,
    charges: bundleCharges,
  } as BundleInput;
}

/** Migrations applied to a database file (0 for a file without Casefile's migration table). */
function appliedMigrations(store: Store): number {
  try {
    return store.sqlite.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number;
  } catch {
    return 0;
  }
}

export interface RestoreResult {
  /** "in place": copied into the existing (possibly live) database; "new file": there was none. */
  mode: "in place" | "new file";
  pages: number;
}

/**
 * Replaces the database at `destination` with a backup, after checking the backup's integrity.
 *
 * An existing database is restored in place, never replaced as a file: SQLite's backup API
 * copies every page of the backup into it in one write transaction, through SQLite's locking.
 * A running API therefore sees the restored database at once (its connections notice the new
 * schema version and re-read), and the writes it acknowledges afterwards go into the file.
 * (Renaming a new file over the old one, as before, left a serving API writing into the unlinked
 * old file, and those writes were lost.) Afterwards the database is migrated to this version of
 * Casefile; a backup made by a newer version is refused.
 */
export async function restoreStore(backupPath: string, destination: string): Promise<RestoreResult> {
  let backup: Store;
  let integrity: string;
  let applied: number;
  try {
    backup = openStore(backupPath, { readonly: true });
  } catch (error) {
    throw new Error(`the backup ${backupPath} cannot be opened: ${(error as Error).message}`);
  }
  try {
    integrity = checkIntegrity(backup);
    applied = appliedMigrations(backup);
  } catch (error) {
    throw new Error(`the backup ${backupPath} is damaged or not a database: ${(error as Error).message}`);
  } finally {
    backup.close();
  }
  if (integrity !== "ok") throw new Error(`the backup ${backupPath} is damaged:\n${integrity}`);
  if (applied === 0) throw new Error(`${backupPath} is not a Casefile database (it has no migrations table)`);
  if (applied > committedMigrationCount()) {
    throw new Error(
      `the backup ${backupPath} was made by a newer version of Casefile (${applied} migrations, this version has ${committedMigrationCount()}): restore it with that version`,
    );
  }

  const target = resolve(destination);
  const source = new Database(backupPath, { readonly: true });
  let pages = 0;
  let mode: RestoreResult["mode"];
  try {
    if (!existsSync(target)) {
      // No database yet: build the copy beside it, then rename it into place (atomic).
      mode = "new file";
      const staging = `${target}.restoring`;
      rmSync(staging, { force: true });
      pages = (await source.backup(staging)).totalPages;
      renameSync(staging, target);
    } else {
      mode = "in place";
      // Opening checks that the file is a database; a damaged one is left for the operator to move aside.
      let live: Store;
      try {
        live = openStore(target);
        live.sqlite.pragma("schema_version");
      } catch (error) {
        throw new Error(
          `the database ${target} cannot be opened (${(error as Error).message}): stop the API, move the file aside, and restore again`,
        );
      }
      try {
        const pageSize = (db: { pragma: Store["sqlite"]["pragma"] }) => db.pragma("page_size", { simple: true }) as number;
        if (pageSize(live.sqlite) !== pageSize(source)) {
          throw new Error(
            `the backup's page size (${pageSize(source)} bytes) differs from the database's (${pageSize(live.sqlite)}): a database in WAL mode can only be restored in place from a backup with the same page size; stop the API, move ${target} aside, and restore again`,
          );
        }
        // All pages in one step: one write transaction, so readers see the old or the new database, nothing between.
        pages = (await source.backup(target, { progress: () => 0x7fffffff })).totalPages;
        checkpointWal(live);
      } finally {
        live.close();
      }
    }
  } finally {
    source.close();
  }
  const restored = openStore(target);
  try {
    migrateStore(restored);
  } finally {
    restored.close();
  }
  return { mode, pages };
}
