/**
 * Turns a validated bundle into a plan of table rows (camelCase, as the Drizzle tables name
 * them), checking what a schema cannot: that every reference resolves, every quote is found in
 * its source, and that the bundle changes nothing it does not own. Nothing is written here.
 *
 * What a bundle may change:
 * - Fields it omits are left alone on update; only an explicit null clears a field. Defaults
 *   (status ALLEGED, confidence 50, no aliases...) apply only to records it creates.
 * - Ids of case records (roles, events, participants, charges, defendants) are case-scoped: an
 *   id that already names a record of another case is an error, never a move.
 * - Shared records (entities, sources, relationships, user accounts) used by a case outside the
 *   bundle change only when the bundle's record says `"updateShared": true`.
 * - Citations and annotations without an id are matched by what they say (a citation: same
 *   target, source and quote or locator; an annotation: same target, case and body), so adding
 *   one never replaces another.
 * - What a full export adds so that re-importing it loses nothing (createdAt, updatedAt,
 *   version) is written only when a record is created: an existing record keeps its own history.
 */
import { createHash } from "node:crypto";
import { type Anchor, anchorQuote } from "@casefile/schema/anchors";
import {
  type Bundle,
  type BundleAnnotation,
  type BundleCitation,
  type BundleEntity,
  type BundleList,
  entityItemId,
  isEntityRef,
} from "@casefile/schema/bundle";
import { partialDate } from "@casefile/schema/dates";
import type { TargetType } from "@casefile/schema/enums";
import { factDefaults } from "@casefile/schema/rules";
import { formatPath } from "@casefile/schema/validators";

export type Row = Record<string, unknown>;

export type TableName =
  | "users"
  | "cases"
  | "sources"
  | "entities"
  | "case_roles"
  | "relationships"
  | "events"
  | "event_participants"
  | "charges"
  | "charge_defendants"
  | "citations"
  | "annotations";

export interface BundleIssue {
  path: string;
  message: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlannedRow {
  table: TableName;
  /** Node type name used in revisions and global IDs. */
  recordType: string;
  caseId: string | null;
  /** JSON path of the record in the bundle. */
  path: string;
  action: "create" | "update" | "unchanged";
  /** create: every column; update: the changed columns (and id); unchanged: the id. */
  row: Row;
  /** The changed fields of an update. */
  changes: FieldChange[];
  /**
   * Why the record lies outside the bundle's cases (shared with another case), for records the
   * bundle changes or adds to; null when it is the bundle's own.
   */
  outside: string | null;
}

/** What the plan looks up in the database; a lookup that knows nothing checks a bundle alone. */
export interface ExistingLookup {
  /** The stored row (camelCase, JSON columns parsed), or undefined. */
  current(table: TableName, id: string): Row | undefined;
  caseIdBySlugOrId(key: string): string | null;
  sourceText(id: string): string | null | undefined;
  /** Ids of the cases a shared record is used by. */
  casesOf(table: "entities" | "sources" | "relationships", id: string): string[];
  /** The id of the record holding a unique key (e.g. a case's count number), if any. */
  idByKey(table: "case_roles" | "event_participants" | "charge_defendants" | "charges", key: Row): string | undefined;
  /** A citation of the same target, source, quote (or locator) and field. */
  findCitation(
    target: { targetType: string; targetId: string },
    sourceId: string,
    exact: string | null,
    locator: string | null,
    field: string | null,
  ): string | undefined;
  findAnnotation(
    target: { targetType: string; targetId: string },
    caseId: string | null,
    parentId: string | null,
    body: string,
  ): string | undefined;
}

/** A lookup with an empty database: references must resolve inside the bundle. */
export const noDatabase: ExistingLookup = {
  current: () => undefined,
  caseIdBySlugOrId: () => null,
  sourceText: () => undefined,
  casesOf: () => [],
  idByKey: () => undefined,
  findCitation: () => undefined,
  findAnnotation: () => undefined,
};

export const SEED_AUTHOR_ID = "user-casefile-seed";

const entityTypeName = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  ONLINE_PERSONA: "OnlinePersona",
  PLACE: "Place",
  ARTIFACT: "Artifact",
} as const;

/** The record's createdAt, updatedAt and version, when the bundle gives them. */
function meta(r: { createdAt?: string | undefined; updatedAt?: string | undefined; version?: number | undefined }): Row {
  const out: Row = {};
  if (r.createdAt !== undefined) out.createdAt = r.createdAt;
  if (r.updatedAt !== undefined) out.updatedAt = r.updatedAt;
  if (r.version !== undefined) out.version = r.version;
  return out;
}

/** A mention suggestion an editor rejected, as the bundle gives it (not a versioned record). */
export interface PlannedRejection {
  sourceId: string;
  key: string;
  textVersion: number;
  rejectedById: string | null;
  rejectedAt: string | null;
}

const shortHash = (...parts: (string | null | undefined)[]) =>
  createHash("sha256")
    .update(parts.map((p) => p ?? "").join("\u0000"))
    .digest("hex")
    .slice(0, 12);

/** A date and its precision, when the bundle gives the date (null clears both). */
function dateColumns(name: string, value: string | null | undefined): Row {
  if (value === undefined) return {};
  if (value === null) return { [name]: null, [`${name}Precision`]: null };
  return { [name]: value, [`${name}Precision`]: partialDate(value).precision };
}

/** The keys of `given` whose value is not undefined (what the bundle states). */
function stated(given: Row): Row {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

/** The columns of an orphaned quote, kept as the export gave it (not located again); none otherwise. */
function orphanColumns(
  quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined } | null,
  position: { start: number; end: number } | undefined,
): Row {
  if (!quote) return {};
  return {
    exact: quote.exact,
    prefix: quote.prefix ?? null,
    suffix: quote.suffix ?? null,
    startOffset: position?.start ?? null,
    endOffset: position?.end ?? null,
    isOrphaned: true,
  };
}

const show = (value: unknown) => (value === null || value === undefined ? "(none)" : JSON.stringify(value));

interface Draft {
  table: TableName;
  recordType: string;
  caseId: string | null;
  path: (string | number)[];
  /** Defaults for the columns a new record needs and the bundle did not state. */
  defaults: Row;
  /** What the bundle states (id included). */
  given: Row;
  /** Columns computed from the merged record (e.g. an event's date range). */
  derive?: (merged: Row) => Row;
  /** A shared record the bundle explicitly lets itself change. */
  updateShared?: boolean;
  /** For citations and annotations: the draft of the record they are about. */
  owner?: Draft;
  /** createdAt, updatedAt and version from a full export: written only when the record is created. */
  onCreate?: Row;
}

export function planBundle(
  bundle: Bundle,
  sourceTexts: Map<string, string | null>,
  existing: ExistingLookup,
  refused: Partial<Record<BundleList, Set<string>>> = {},
  options: { allowAccountSecrets?: boolean } = {},
) {
  const issues: BundleIssue[] = [];
  const drafts: Draft[] = [];
  const rejections: PlannedRejection[] = [];
  const seenIds = new Map<string, string>();
  const fail = (path: (string | number)[], message: string) => issues.push({ path: formatPath(path), message });
  const isRefused = (list: BundleList, id: string) => refused[list]?.has(id) ?? false;

  const claimId = (table: string, id: string, path: (string | number)[], what = "id") => {
    const key = `${table}:${id}`;
    const first = seenIds.get(key);
    if (first) fail(path, `${what} "${id}" is used twice (first at ${first})`);
    else seenIds.set(key, formatPath(path));
    return !first;
  };

  const bundleUsers = new Set(bundle.users.map((u) => u.id));
  const bundleCases = new Map(bundle.cases.map((c) => [c.id, c.id]));
  for (const c of bundle.cases) bundleCases.set(c.slug, c.id);
  const fullEntities = bundle.entities.filter((e): e is BundleEntity => !isEntityRef(e));
  const bundleEntities = new Map(fullEntities.map((e) => [e.id, e]));
  const bundleSources = new Set(bundle.sources.map((s) => s.id));
  /** The cases the bundle writes about: the records of any other case are not its to change. */
  const ownCases = new Set(bundle.cases.map((c) => c.id));

  const resolveCase = (key: string, path: (string | number)[]): string | null => {
    const id = bundleCases.get(key) ?? existing.caseIdBySlugOrId(key);
    if (id) ownCases.add(id);
    else if (!isRefused("cases", key))
      fail(path, `no case "${key}" in the bundle or the database (create it first: casefile create-case)`);
    return id ?? null;
  };
  const entityExists = (id: string) => bundleEntities.has(id) || existing.current("entities", id) !== undefined;
  const checkEntity = (id: string, path: (string | number)[]) => {
    if (!entityExists(id) && !isRefused("entities", id)) fail(path, `no entity "${id}" in the bundle or the database`);
  };
  const checkUser = (id: string, path: (string | number)[]) => {
    if (!bundleUsers.has(id) && id !== SEED_AUTHOR_ID && !existing.current("users", id) && !isRefused("users", id)) {
      fail(path, `no user "${id}" in the bundle or the database`);
    }
  };
  const textOf = (sourceId: string): string | null | undefined =>
    sourceTexts.has(sourceId) ? sourceTexts.get(sourceId) : existing.sourceText(sourceId);

  const anchor = (
    sourceId: string,
    quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined },
    path: (string | number)[],
  ): Anchor | null => {
    const text = textOf(sourceId);
    if (text === undefined) return null; // reported as an unknown source
    if (text === null) {
      fail(path, `source "${sourceId}" has no text to quote from: cite it with a locator ("p. 12", "¶35")`);
      return null;
    }
    const result = anchorQuote(text, quote);
    if ("error" in result) {
      fail([...path, "exact"], result.error);
      return null;
    }
    return result.anchor;
  };

  let usesSeedAuthor = false;
  const add = (draft: Draft) => {
    drafts.push(draft);
    return draft;
  };

  const citationsOf = (
    list: BundleCitation[] | undefined,
    targetType: TargetType,
    targetId: string,
    caseId: string | null,
    path: (string | number)[],
    owner: Draft | undefined,
  ) => {
    const seen = new Map<string, number>();
    list?.forEach((c, i) => {
      const at = [...path, "citations", i];
      if (!bundleSources.has(c.source) && !existing.current("sources", c.source)) {
        if (!isRefused("sources", c.source)) fail([...at, "source"], `no source "${c.source}" in the bundle or the database`);
        return;
      }
      const identity = `${c.source}\u0000${c.quote?.exact ?? ""}\u0000${c.locator ?? ""}\u0000${c.field ?? ""}`;
      const twin = seen.get(identity);
      if (twin !== undefined && c.id === undefined) {
        fail(
          at,
          `repeats citation ${twin} of this record (same source, ${c.quote ? "quote" : "locator"} and field): give it once`,
        );
        return;
      }
      seen.set(identity, i);
      // An orphaned quote is kept as it was: its passage is no longer in the text.
      const found = c.quote && !c.isOrphaned ? anchor(c.source, c.quote, [...at, "quote"]) : null;
      const orphan = c.isOrphaned && c.quote ? c.quote : null;
      if (c.createdBy) checkUser(c.createdBy, [...at, "createdBy"]);
      const target = { targetType, targetId };
      const id =
        c.id ??
        existing.findCitation(target, c.source, c.quote?.exact ?? null, c.locator ?? null, c.field ?? null) ??
        `cit:${targetType.toLowerCase()}:${targetId}:${shortHash(c.source, c.quote?.exact, c.locator, c.field)}`;
      if (!claimId("citations", id, at, "citation id")) return;
      add({
        table: "citations",
        recordType: "Citation",
        caseId,
        path: at,
        owner,
        defaults: {
          field: null,
          exact: null,
          prefix: null,
          suffix: null,
          startOffset: null,
          endOffset: null,
          isOrphaned: false,
          locator: null,
          note: null,
          createdById: null,
        },
        given: {
          id,
          sourceId: c.source,
          targetType,
          targetId,
          field: c.field,
          ...(found
            ? {
                exact: found.exact,
                prefix: found.prefix,
                suffix: found.suffix,
                startOffset: found.start,
                endOffset: found.end,
                isOrphaned: false,
              }
            : orphanColumns(orphan, c.position)),
          locator: c.locator,
          note: c.note,
          createdById: c.createdBy,
        },
        onCreate: meta(c),
      });
    });
  };

  const annotationsOf = (
    list: BundleAnnotation[] | undefined,
    targetType: TargetType,
    targetId: string,
    caseId: string | null,
    path: (string | number)[],
    owner: Draft | undefined,
  ) => {
    list?.forEach((a, i) => {
      const at = [...path, "annotations", i];
      const target = { targetType, targetId };
      // A full export names each annotation's own case (an annotation on a shared record has one).
      const annotationCase = a.case !== undefined ? resolveCase(a.case, [...at, "case"]) : caseId;
      const id =
        a.id ??
        existing.findAnnotation(target, annotationCase, null, a.body) ??
        `ann:${targetType.toLowerCase()}:${targetId}:${shortHash(annotationCase, a.body)}`;
      if (!claimId("annotations", id, at, a.id ? "id" : "annotation (same record, case and body)")) return;
      const author = a.author ?? (existing.current("annotations", id) ? undefined : SEED_AUTHOR_ID);
      if (author === SEED_AUTHOR_ID) usesSeedAuthor = true;
      if (author) checkUser(author, [...at, "author"]);
      let found: Anchor | null = null;
      const orphan = a.isOrphaned && a.quote ? a.quote : null;
      if (a.quote) {
        if (targetType !== "SOURCE") fail([...at, "quote"], "only annotations on a source can quote a passage");
        else if (!orphan) found = anchor(targetId, a.quote, [...at, "quote"]);
      }
      if (a.resolvedBy) checkUser(a.resolvedBy, [...at, "resolvedBy"]);
      const draft = add({
        table: "annotations",
        recordType: "Annotation",
        caseId: annotationCase,
        path: at,
        owner,
        defaults: {
          caseId: null,
          tags: [],
          status: "OPEN",
          resolvedAt: null,
          resolvedById: null,
          exact: null,
          prefix: null,
          suffix: null,
          startOffset: null,
          endOffset: null,
          isOrphaned: false,
        },
        given: {
          id,
          targetType,
          targetId,
          // An annotation's case is known from where it sits; when it is not, the stored one stays.
          caseId: annotationCase ?? undefined,
          parentId: null,
          authorId: author,
          body: a.body,
          tags: a.tags,
          status: a.status,
          resolvedAt: a.resolvedAt,
          resolvedById: a.resolvedBy,
          ...(found
            ? {
                exact: found.exact,
                prefix: found.prefix,
                suffix: found.suffix,
                startOffset: found.start,
                endOffset: found.end,
                isOrphaned: false,
              }
            : orphanColumns(orphan, a.position)),
        },
        onCreate: meta({ ...a, updatedAt: a.updatedAt ?? a.createdAt }),
      });
      a.replies?.forEach((reply, j) => {
        const replyPath = [...at, "replies", j];
        const replyId =
          reply.id ?? existing.findAnnotation(target, annotationCase, id, reply.body) ?? `${id}:r:${shortHash(reply.body)}`;
        if (!claimId("annotations", replyId, replyPath, reply.id ? "id" : "reply (same body)")) return;
        const replyAuthor = reply.author ?? (existing.current("annotations", replyId) ? undefined : SEED_AUTHOR_ID);
        if (replyAuthor === SEED_AUTHOR_ID) usesSeedAuthor = true;
        if (replyAuthor) checkUser(replyAuthor, [...replyPath, "author"]);
        add({
          table: "annotations",
          recordType: "Annotation",
          caseId: annotationCase,
          path: replyPath,
          owner: draft,
          defaults: {
            caseId: null,
            tags: [],
            status: "OPEN",
            resolvedAt: null,
            resolvedById: null,
            exact: null,
            prefix: null,
            suffix: null,
            startOffset: null,
            endOffset: null,
            isOrphaned: false,
          },
          given: {
            id: replyId,
            targetType,
            targetId,
            caseId: annotationCase ?? undefined,
            parentId: id,
            authorId: replyAuthor,
            body: reply.body,
          },
          onCreate: meta({ ...reply, updatedAt: reply.updatedAt ?? reply.createdAt }),
        });
      });
    });
  };

  const fact = (f: { status?: string | undefined; confidence?: number | undefined }) => ({
    status: f.status,
    confidence: f.confidence,
  });

  bundle.users.forEach((u, i) => {
    claimId("users", u.id, ["users", i, "id"]);
    const given: Row = { id: u.id, email: u.email, name: u.name, role: u.role, isDisabled: u.isDisabled };
    if (u.passwordHash !== undefined) {
      if (options.allowAccountSecrets) given.passwordHash = u.passwordHash;
      else
        fail(
          ["users", i, "passwordHash"],
          "password hashes are imported only by the operator (pnpm casefile import): leave passwordHash out",
        );
    }
    add({
      table: "users",
      recordType: "User",
      caseId: null,
      path: ["users", i],
      defaults: {},
      given,
      updateShared: u.updateShared,
      onCreate: meta(u),
    });
  });

  bundle.sources.forEach((s, i) => {
    const path = ["sources", i];
    claimId("sources", s.id, [...path, "id"]);
    const draft = add({
      table: "sources",
      recordType: "Source",
      caseId: null,
      path,
      defaults: {
        publisher: null,
        author: null,
        url: null,
        publishedDate: null,
        publishedDatePrecision: null,
        description: null,
        text: null,
      },
      given: {
        id: s.id,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        author: s.author,
        url: s.url,
        ...dateColumns("publishedDate", s.publishedDate),
        description: s.description,
        text: s.textFile !== undefined || s.text !== undefined ? (sourceTexts.get(s.id) ?? null) : undefined,
        textVersion: s.textVersion,
      },
      updateShared: s.updateShared,
      onCreate: meta(s),
    });
    annotationsOf(s.annotations, "SOURCE", s.id, null, path, draft);
    s.rejectedMentions?.forEach((r, j) => {
      if (r.rejectedBy) checkUser(r.rejectedBy, [...path, "rejectedMentions", j, "rejectedBy"]);
      rejections.push({
        sourceId: s.id,
        key: r.key,
        textVersion: r.textVersion,
        rejectedById: r.rejectedBy ?? null,
        rejectedAt: r.rejectedAt ?? null,
      });
    });
  });

  bundle.cases.forEach((c, i) => {
    const path = ["cases", i];
    claimId("cases", c.id, [...path, "id"]);
    const holder = existing.caseIdBySlugOrId(c.slug);
    if (holder && holder !== c.id)
      fail([...path, "slug"], `the slug "${c.slug}" is already the case "${holder}" in the database: use that id`);
    const draft = add({
      table: "cases",
      recordType: "Case",
      caseId: c.id,
      path,
      defaults: {
        shortTitle: null,
        docketNumber: null,
        court: null,
        jurisdiction: null,
        filedDate: null,
        filedDatePrecision: null,
        summary: null,
      },
      given: {
        id: c.id,
        slug: c.slug,
        caption: c.caption,
        shortTitle: c.shortTitle,
        docketNumber: c.docketNumber,
        court: c.court,
        jurisdiction: c.jurisdiction,
        status: c.status,
        ...dateColumns("filedDate", c.filedDate),
        summary: c.summary,
      },
      onCreate: meta(c),
    });
    citationsOf(c.citations, "CASE", c.id, c.id, path, draft);
    annotationsOf(c.annotations, "CASE", c.id, c.id, path, draft);
  });

  const entityDefaults: Row = {
    aliases: [],
    description: null,
    fieldStatuses: {},
    ...factDefaults,
    rank: null,
    position: null,
    nationality: null,
    birthDate: null,
    birthDatePrecision: null,
    organizationKind: null,
    parentId: null,
    country: null,
    personaKind: null,
    platform: null,
    url: null,
    placeKind: null,
    artifactKind: null,
    mergedIntoId: null,
  };

  const referenced = new Map<string, string>();
  for (const { entity: item, index: i } of parentsFirst(bundle.entities, fail)) {
    const path = ["entities", i];
    const entityId = entityItemId(item);
    const roleCase = item.roles?.[0]
      ? (bundleCases.get(item.roles[0].case) ?? existing.caseIdBySlugOrId(item.roles[0].case))
      : null;
    const firstCase = roleCase ?? (bundle.cases.length === 1 ? (bundle.cases[0]?.id ?? null) : null);
    let draft: Draft | undefined;
    if (isEntityRef(item)) {
      // A reference adds to an entity; it says nothing about the entity itself.
      const first = referenced.get(entityId);
      if (first)
        fail(
          [...path, "ref"],
          `"${entityId}" is already referenced at ${first}: put its roles, citations and annotations in one place`,
        );
      referenced.set(entityId, formatPath(path));
      if (!entityExists(entityId)) {
        if (!isRefused("entities", entityId))
          fail([...path, "ref"], `no entity "${entityId}" in the bundle or the database to refer to`);
        continue;
      }
      draft = {
        table: "entities",
        recordType: "Entity",
        caseId: firstCase,
        path,
        defaults: {},
        given: { id: entityId },
      };
    } else {
      const e = item;
      claimId("entities", e.id, [...path, "id"]);
      const given: Row = {
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        description: e.description,
        fieldStatuses: e.fieldStatuses,
        ...fact(e),
        mergedIntoId: e.mergedInto,
      };
      if (e.mergedInto) {
        checkEntity(e.mergedInto, [...path, "mergedInto"]);
        if (e.mergedInto === e.id) fail([...path, "mergedInto"], "an entity cannot be merged into itself");
      }
      switch (e.kind) {
        case "PERSON":
          Object.assign(given, {
            rank: e.rank,
            position: e.position,
            nationality: e.nationality,
            ...dateColumns("birthDate", e.birthDate),
          });
          break;
        case "ORGANIZATION":
          Object.assign(given, {
            organizationKind: e.organizationKind,
            country: e.country,
            parentId: e.parent !== undefined ? e.parent : e.parentId,
          });
          if (typeof given.parentId === "string") checkEntity(given.parentId, [...path, "parent"]);
          break;
        case "ONLINE_PERSONA":
          Object.assign(given, { personaKind: e.personaKind, platform: e.platform, url: e.url });
          break;
        case "PLACE":
          Object.assign(given, { placeKind: e.placeKind, country: e.country });
          break;
        case "ARTIFACT":
          Object.assign(given, { artifactKind: e.artifactKind, url: e.url });
          break;
      }
      draft = add({
        table: "entities",
        recordType: entityTypeName[e.kind],
        caseId: firstCase,
        path,
        defaults: entityDefaults,
        given,
        updateShared: e.updateShared,
        onCreate: meta(e),
      });
    }
    citationsOf(item.citations, "ENTITY", entityId, firstCase, path, draft);
    annotationsOf(item.annotations, "ENTITY", entityId, firstCase, path, draft);

    item.roles?.forEach((r, j) => {
      const rolePath = [...path, "roles", j];
      const caseId = resolveCase(r.case, [...rolePath, "case"]);
      if (!caseId) return;
      const id =
        r.id ??
        existing.idByKey("case_roles", { caseId, entityId, role: r.role }) ??
        `role:${caseId}:${entityId}:${r.role.toLowerCase()}`;
      claimId("case_roles", id, rolePath);
      const role = add({
        table: "case_roles",
        recordType: "CaseRole",
        caseId,
        path: rolePath,
        defaults: { description: null, position: 0, ...factDefaults },
        given: { id, caseId, entityId, role: r.role, description: r.description, position: r.position, ...fact(r) },
        onCreate: meta(r),
      });
      citationsOf(r.citations, "CASE_ROLE", id, caseId, rolePath, role);
      annotationsOf(r.annotations, "CASE_ROLE", id, caseId, rolePath, role);
    });
  }

  bundle.relationships.forEach((r, i) => {
    const path = ["relationships", i];
    claimId("relationships", r.id, [...path, "id"]);
    checkEntity(r.subject, [...path, "subject"]);
    checkEntity(r.object, [...path, "object"]);
    if (r.subject === r.object) fail([...path, "object"], "a relationship needs two different entities");
    const draft = add({
      table: "relationships",
      recordType: "Relationship",
      caseId: null,
      path,
      defaults: {
        startDate: null,
        startDatePrecision: null,
        endDate: null,
        endDatePrecision: null,
        description: null,
        ...factDefaults,
      },
      given: {
        id: r.id,
        subjectId: r.subject,
        predicate: r.predicate,
        objectId: r.object,
        ...dateColumns("startDate", r.startDate),
        ...dateColumns("endDate", r.endDate),
        description: r.description,
        ...fact(r),
      },
      updateShared: r.updateShared,
      onCreate: meta(r),
    });
    citationsOf(r.citations, "RELATIONSHIP", r.id, null, path, draft);
    annotationsOf(r.annotations, "RELATIONSHIP", r.id, null, path, draft);
  });

  bundle.events.forEach((ev, i) => {
    const path = ["events", i];
    claimId("events", ev.id, [...path, "id"]);
    const caseId = resolveCase(ev.case, [...path, "case"]);
    if (ev.place) checkEntity(ev.place, [...path, "place"]);
    const draft = add({
      table: "events",
      recordType: "Event",
      caseId,
      path,
      defaults: { endDate: null, endDatePrecision: null, placeId: null, description: null, ...factDefaults },
      given: {
        id: ev.id,
        caseId,
        title: ev.title,
        kind: ev.kind,
        ...dateColumns("date", ev.date),
        ...dateColumns("endDate", ev.endDate),
        placeId: ev.place,
        description: ev.description,
        ...fact(ev),
      },
      onCreate: meta(ev),
      derive: (merged) => {
        const start = partialDate(merged.date as string);
        const end = merged.endDate ? partialDate(merged.endDate as string) : null;
        if (end && end.latest < start.earliest)
          fail([...path, "endDate"], `the end date ${merged.endDate} is before the date ${merged.date}`);
        return { rangeStart: start.earliest, rangeEnd: end ? end.latest : start.latest };
      },
    });
    citationsOf(ev.citations, "EVENT", ev.id, caseId, path, draft);
    annotationsOf(ev.annotations, "EVENT", ev.id, caseId, path, draft);
    ev.participants?.forEach((p, j) => {
      const pPath = [...path, "participants", j];
      checkEntity(p.entity, [...pPath, "entity"]);
      const id =
        p.id ??
        existing.idByKey("event_participants", { eventId: ev.id, entityId: p.entity, role: p.role }) ??
        `part:${ev.id}:${p.entity}:${p.role.toLowerCase()}`;
      claimId("event_participants", id, pPath);
      const part = add({
        table: "event_participants",
        recordType: "EventParticipant",
        caseId,
        path: pPath,
        defaults: factDefaults,
        given: { id, eventId: ev.id, entityId: p.entity, role: p.role, ...fact(p) },
        onCreate: meta(p),
      });
      citationsOf(p.citations, "EVENT_PARTICIPANT", id, caseId, pPath, part);
      annotationsOf(p.annotations, "EVENT_PARTICIPANT", id, caseId, pPath, part);
    });
  });

  bundle.charges.forEach((ch, i) => {
    const path = ["charges", i];
    claimId("charges", ch.id, [...path, "id"]);
    const caseId = resolveCase(ch.case, [...path, "case"]);
    if (caseId) {
      const holder = existing.idByKey("charges", { caseId, countNumber: ch.countNumber });
      if (holder && holder !== ch.id) {
        fail(
          [...path, "countNumber"],
          `count ${ch.countNumber} of case "${ch.case}" is already the charge "${holder}" in the database: use that id to update it`,
        );
      }
    }
    const draft = add({
      table: "charges",
      recordType: "Charge",
      caseId,
      path,
      defaults: { description: null, ...factDefaults },
      given: {
        id: ch.id,
        caseId,
        countNumber: ch.countNumber,
        title: ch.title,
        statute: ch.statute,
        description: ch.description,
        ...fact(ch),
      },
      onCreate: meta(ch),
    });
    citationsOf(ch.citations, "CHARGE", ch.id, caseId, path, draft);
    annotationsOf(ch.annotations, "CHARGE", ch.id, caseId, path, draft);
    ch.defendants?.forEach((d, j) => {
      const dPath = [...path, "defendants", j];
      checkEntity(d.entity, [...dPath, "entity"]);
      const id =
        d.id ?? existing.idByKey("charge_defendants", { chargeId: ch.id, entityId: d.entity }) ?? `def:${ch.id}:${d.entity}`;
      claimId("charge_defendants", id, dPath);
      const link = add({
        table: "charge_defendants",
        recordType: "ChargeDefendant",
        caseId,
        path: dPath,
        defaults: factDefaults,
        given: { id, chargeId: ch.id, entityId: d.entity, ...fact(d) },
        onCreate: meta(d),
      });
      citationsOf(d.citations, "CHARGE_DEFENDANT", id, caseId, dPath, link);
      annotationsOf(d.annotations, "CHARGE_DEFENDANT", id, caseId, dPath, link);
    });
  });

  // Count numbers are unique within a case.
  const counts = new Map<string, string>();
  bundle.charges.forEach((ch, i) => {
    const key = `${bundleCases.get(ch.case) ?? existing.caseIdBySlugOrId(ch.case) ?? ch.case}#${ch.countNumber}`;
    const first = counts.get(key);
    if (first) fail(["charges", i, "countNumber"], `count ${ch.countNumber} of case "${ch.case}" is already ${first}`);
    else counts.set(key, ch.id);
  });

  if (usesSeedAuthor && !bundleUsers.has(SEED_AUTHOR_ID)) {
    drafts.unshift({
      table: "users",
      recordType: "User",
      caseId: null,
      path: ["users"],
      defaults: {},
      given: { id: SEED_AUTHOR_ID, email: "seed@casefile.local", name: "Casefile seed", role: "EDITOR" },
      // The built-in author account is created once and never changed by a bundle.
      updateShared: false,
    });
  }

  const rows = settle(drafts, existing, ownCases, fail);
  return { rows, issues, ownCases, rejections };
}

const caseLabel = (existing: ExistingLookup, caseId: unknown) => {
  const row = typeof caseId === "string" ? existing.current("cases", caseId) : undefined;
  return row ? `"${row.slug as string}"` : `"${String(caseId)}"`;
};

/** Case-scoped ids: what an existing record with the draft's id belongs to, if not the draft's own. */
function foreignOwner(draft: Draft, current: Row, existing: ExistingLookup): string | null {
  const row = draft.given;
  const what = (label: string, caseId: unknown) => `${label} of case ${caseLabel(existing, caseId)}`;
  switch (draft.table) {
    case "case_roles":
      if (current.caseId !== row.caseId)
        return what(`the ${String(current.role).toLowerCase()} role of "${current.entityId}"`, current.caseId);
      if (current.entityId !== row.entityId) return `the role of "${current.entityId}"`;
      return null;
    case "events":
      return current.caseId !== row.caseId ? what(`the event "${current.title}"`, current.caseId) : null;
    case "charges":
      return current.caseId !== row.caseId ? what(`count ${current.countNumber} ("${current.title}")`, current.caseId) : null;
    case "event_participants":
      if (current.eventId === row.eventId) return null;
      return what(`a participant of event "${current.eventId}"`, existing.current("events", current.eventId as string)?.caseId);
    case "charge_defendants":
      if (current.chargeId === row.chargeId) return null;
      return what(`a defendant of charge "${current.chargeId}"`, existing.current("charges", current.chargeId as string)?.caseId);
    case "citations":
    case "annotations":
      if (current.targetType !== row.targetType || current.targetId !== row.targetId) {
        return `a ${draft.table === "citations" ? "citation" : "annotation"} of ${String(current.targetType).toLowerCase()} "${current.targetId}"`;
      }
      if (draft.table === "annotations" && row.caseId != null && current.caseId && current.caseId !== row.caseId) {
        return what("an annotation", current.caseId);
      }
      return null;
    default:
      return null;
  }
}

const sharedTables = new Set<TableName>(["entities", "sources", "relationships", "users"]);

/**
 * Settles each draft against the database: create, update (only the fields the bundle states)
 * or unchanged; refuses moves of another case's records and unannounced changes to shared ones.
 */
function settle(
  drafts: Draft[],
  existing: ExistingLookup,
  ownCases: Set<string>,
  fail: (path: (string | number)[], message: string) => void,
): PlannedRow[] {
  const outsideCache = new Map<Draft, string | null>();
  /** Why a shared record lies outside the bundle's cases, or null. */
  const outsideOf = (draft: Draft): string | null => {
    if (outsideCache.has(draft)) return outsideCache.get(draft) ?? null;
    let reason: string | null = null;
    const id = draft.given.id as string;
    if (draft.owner) {
      reason = outsideOf(draft.owner);
    } else if (draft.table === "users") {
      reason = existing.current("users", id) ? "a user account, shared by every case" : null;
    } else if (draft.table === "entities" || draft.table === "sources" || draft.table === "relationships") {
      if (existing.current(draft.table, id)) {
        const others = existing.casesOf(draft.table, id).filter((c) => !ownCases.has(c));
        if (others.length > 0) reason = `also used by case ${others.map((c) => caseLabel(existing, c)).join(", ")}`;
      }
    }
    outsideCache.set(draft, reason);
    return reason;
  };

  const planned: PlannedRow[] = [];
  for (const draft of drafts) {
    const id = draft.given.id as string;
    const given = stated(draft.given);
    const current = existing.current(draft.table, id);
    const base = { table: draft.table, recordType: draft.recordType, caseId: draft.caseId, path: formatPath(draft.path) };
    if (!current) {
      const row = { ...draft.defaults, ...given };
      Object.assign(row, draft.derive?.(row), draft.onCreate);
      // A reference to an entity defined elsewhere in the bundle writes nothing itself.
      if (draft.table === "entities" && Object.keys(given).length === 1) continue;
      planned.push({ ...base, action: "create", row, changes: [], outside: draft.owner ? outsideOf(draft.owner) : null });
      continue;
    }
    const owner = foreignOwner(draft, current, existing);
    if (owner) {
      const slug = draft.caseId ? (existing.current("cases", draft.caseId)?.slug ?? draft.caseId) : null;
      fail(
        [...draft.path, ...(draft.given.id && draft.path.at(-1) !== "id" ? ["id"] : [])],
        `id "${id}" already belongs to ${owner}. Ids are case-scoped and never moved between cases: give this record its own id${slug ? `, e.g. "${slug}-${id}" (prefix ids with the case slug)` : ""}`,
      );
      continue;
    }
    if (draft.table === "entities" && given.kind !== undefined && given.kind !== current.kind) {
      fail(
        [...draft.path, "kind"],
        `"${id}" is a ${String(current.kind)} in the database; a bundle cannot change an entity's kind`,
      );
      continue;
    }
    const merged = { ...current, ...given };
    Object.assign(given, draft.derive?.(merged));
    const changes: FieldChange[] = [];
    for (const [key, value] of Object.entries(given)) {
      if (key === "id") continue;
      if (JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null)) {
        changes.push({ field: key, before: current[key] ?? null, after: value ?? null });
      }
    }
    if (changes.length === 0) {
      planned.push({ ...base, action: "unchanged", row: { id }, changes, outside: null });
      continue;
    }
    const outside = sharedTables.has(draft.table) || draft.owner ? outsideOf(draft) : null;
    const allowed = draft.owner ? (draft.owner.updateShared ?? false) : (draft.updateShared ?? false);
    if (outside && !allowed) {
      const list = changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join("; ");
      const how =
        draft.table === "entities"
          ? `Reference it with { "ref": "${id}", ... } to add roles, citations or annotations without changing it, or add "updateShared": true to change it for every case`
          : `Leave it as it is, or add "updateShared": true to ${draft.owner ? "the record it belongs to" : "it"} to change it for every case`;
      fail(draft.path, `would change the shared ${draft.recordType.toLowerCase()} "${id}" (${outside}): ${list}. ${how}`);
      continue;
    }
    const row: Row = { id };
    for (const c of changes) row[c.field] = c.after;
    planned.push({ ...base, action: "update", row, changes, outside });
  }
  return planned;
}

type EntityItem = Bundle["entities"][number];

/** Orders entities so that an organization's parent, and a merged entity's survivor, is written before it. */
function parentsFirst(
  list: Bundle["entities"],
  fail: (path: (string | number)[], message: string) => void,
): { entity: EntityItem; index: number }[] {
  const byId = new Map<string, { entity: EntityItem; index: number }>();
  list.forEach((entity, index) => {
    if (!isEntityRef(entity) && !byId.has(entity.id)) byId.set(entity.id, { entity, index });
  });
  const ordered: { entity: EntityItem; index: number }[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (item: { entity: BundleEntity; index: number }) => {
    const mark = state.get(item.entity.id);
    if (mark === "done") return;
    if (mark === "visiting") {
      fail(["entities", item.index, "parent"], `organization "${item.entity.id}" is its own ancestor`);
      return;
    }
    state.set(item.entity.id, "visiting");
    const parentId = item.entity.kind === "ORGANIZATION" ? (item.entity.parent ?? item.entity.parentId) : undefined;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (parent && !isEntityRef(parent.entity)) visit({ entity: parent.entity, index: parent.index });
    // A merged-away entity is written after the entity it redirects to.
    const survivor = item.entity.mergedInto ? byId.get(item.entity.mergedInto) : undefined;
    if (survivor && survivor.entity !== item.entity && !isEntityRef(survivor.entity))
      visit({ entity: survivor.entity, index: survivor.index });
    state.set(item.entity.id, "done");
    ordered.push(item);
  };
  const refs: { entity: EntityItem; index: number }[] = [];
  list.forEach((entity, index) => {
    if (isEntityRef(entity)) refs.push({ entity, index });
    // A repeated id is kept in the list so that the duplicate is reported.
    else if (byId.get(entity.id)?.index === index) visit({ entity, index });
    else ordered.push({ entity, index });
  });
  // References come after every full entity, so that they can name one defined later.
  return [...ordered, ...refs];
}
