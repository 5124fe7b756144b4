/**
 * Turns a validated bundle into flat table rows (camelCase, as the Drizzle tables name them),
 * checking what a schema cannot: that every reference resolves and every quote is found in its
 * source. All problems are collected with their JSON paths; nothing is written here.
 */
import { type Anchor, anchorQuote } from "@casefile/schema/anchors";
import type { Bundle, BundleAnnotation, BundleCitation } from "@casefile/schema/bundle";
import { partialDate } from "@casefile/schema/dates";
import type { TargetType } from "@casefile/schema/enums";
import { formatPath } from "@casefile/schema/validators";

export type Row = Record<string, unknown>;

export interface PlannedRow {
  table: TableName;
  /** Node type name used in revisions and global IDs. */
  recordType: string;
  caseId: string | null;
  row: Row;
}

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

/** What the plan can look up in the database for references the bundle does not define. */
export interface ExistingLookup {
  hasRecord(table: "users" | "cases" | "entities" | "sources", id: string): boolean;
  caseIdBySlugOrId(key: string): string | null;
  sourceText(id: string): string | null | undefined;
}

export const SEED_AUTHOR_ID = "user-casefile-seed";

const entityTypeName = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  ONLINE_PERSONA: "OnlinePersona",
  PLACE: "Place",
  ARTIFACT: "Artifact",
} as const;

/** Columns a full export carries so that nothing is lost; written only when a record is created. */
export const metaColumns = new Set(["createdAt", "updatedAt", "version"]);

/** The record's createdAt, updatedAt and version, when the bundle gives them. */
function meta(r: { createdAt?: string | undefined; updatedAt?: string | undefined; version?: number | undefined }): Row {
  const out: Row = {};
  if (r.createdAt !== undefined) out.createdAt = r.createdAt;
  if (r.updatedAt !== undefined) out.updatedAt = r.updatedAt;
  if (r.version !== undefined) out.version = r.version;
  return out;
}

export interface PlannedRejection {
  sourceId: string;
  key: string;
  textVersion: number;
  rejectedById: string | null;
  rejectedAt: string | null;
}

function dateColumns(name: string, value: string | null | undefined): Row {
  if (value === undefined || value === null) return { [name]: null, [`${name}Precision`]: null };
  return { [name]: value, [`${name}Precision`]: partialDate(value).precision };
}

export function planBundle(
  bundle: Bundle,
  sourceTexts: Map<string, string | null>,
  existing: ExistingLookup,
  options: { allowAccountSecrets?: boolean } = {},
) {
  const issues: BundleIssue[] = [];
  const rows: PlannedRow[] = [];
  const rejections: PlannedRejection[] = [];
  const seenIds = new Map<string, string>();
  const fail = (path: (string | number)[], message: string) => issues.push({ path: formatPath(path), message });

  const claimId = (table: string, id: string, path: (string | number)[]) => {
    const key = `${table}:${id}`;
    const first = seenIds.get(key);
    if (first) fail(path, `id "${id}" is used twice (first at ${first})`);
    else seenIds.set(key, formatPath(path));
  };

  const bundleUsers = new Set(bundle.users.map((u) => u.id));
  const bundleCases = new Map(bundle.cases.map((c) => [c.id, c.id]));
  for (const c of bundle.cases) bundleCases.set(c.slug, c.id);
  const bundleEntities = new Set(bundle.entities.map((e) => e.id));
  const bundleSources = new Set(bundle.sources.map((s) => s.id));

  const resolveCase = (key: string, path: (string | number)[]): string | null => {
    const id = bundleCases.get(key) ?? existing.caseIdBySlugOrId(key);
    if (!id) fail(path, `no case "${key}" in the bundle or the database`);
    return id ?? null;
  };
  const checkEntity = (id: string, path: (string | number)[]) => {
    if (!bundleEntities.has(id) && !existing.hasRecord("entities", id)) {
      fail(path, `no entity "${id}" in the bundle or the database`);
    }
  };
  const checkUser = (id: string, path: (string | number)[]) => {
    if (!bundleUsers.has(id) && id !== SEED_AUTHOR_ID && !existing.hasRecord("users", id)) {
      fail(path, `no user "${id}" in the bundle or the database`);
    }
  };
  const textOf = (sourceId: string): string | null | undefined =>
    sourceTexts.has(sourceId) ? sourceTexts.get(sourceId) : existing.sourceText(sourceId);

  const anchor = (
    sourceId: string,
    quote: { exact: string; prefix?: string; suffix?: string },
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

  const citationsOf = (
    list: BundleCitation[] | undefined,
    targetType: TargetType,
    targetId: string,
    caseId: string | null,
    path: (string | number)[],
  ) => {
    list?.forEach((c, i) => {
      const at = [...path, "citations", i];
      const id = c.id ?? `cit:${targetType.toLowerCase()}:${targetId}:${i + 1}`;
      claimId("citations", id, at);
      if (!bundleSources.has(c.source) && !existing.hasRecord("sources", c.source)) {
        fail([...at, "source"], `no source "${c.source}" in the bundle or the database`);
        return;
      }
      // An orphaned quote is kept as it was: its passage is no longer in the text.
      const found = c.quote && !c.isOrphaned ? anchor(c.source, c.quote, [...at, "quote"]) : null;
      const orphan = c.isOrphaned && c.quote ? c.quote : null;
      if (c.createdBy) checkUser(c.createdBy, [...at, "createdBy"]);
      rows.push({
        table: "citations",
        recordType: "Citation",
        caseId,
        row: {
          id,
          sourceId: c.source,
          targetType,
          targetId,
          field: c.field ?? null,
          exact: found?.exact ?? orphan?.exact ?? null,
          prefix: found?.prefix ?? orphan?.prefix ?? null,
          suffix: found?.suffix ?? orphan?.suffix ?? null,
          startOffset: found?.start ?? (orphan ? (c.position?.start ?? null) : null),
          endOffset: found?.end ?? (orphan ? (c.position?.end ?? null) : null),
          isOrphaned: orphan !== null,
          locator: c.locator ?? null,
          note: c.note ?? null,
          createdById: c.createdBy ?? null,
          ...meta(c),
        },
      });
    });
  };

  const annotationsOf = (
    list: BundleAnnotation[] | undefined,
    targetType: TargetType,
    targetId: string,
    caseId: string | null,
    path: (string | number)[],
  ) => {
    list?.forEach((a, i) => {
      const at = [...path, "annotations", i];
      const id = a.id ?? `ann:${targetType.toLowerCase()}:${targetId}:${i + 1}`;
      claimId("annotations", id, at);
      const author = a.author ?? SEED_AUTHOR_ID;
      if (author === SEED_AUTHOR_ID) usesSeedAuthor = true;
      checkUser(author, [...at, "author"]);
      let found: Anchor | null = null;
      const orphan = a.isOrphaned && a.quote ? a.quote : null;
      if (a.quote) {
        if (targetType !== "SOURCE") fail([...at, "quote"], "only annotations on a source can quote a passage");
        else if (!orphan) found = anchor(targetId, a.quote, [...at, "quote"]);
      }
      if (a.resolvedBy) checkUser(a.resolvedBy, [...at, "resolvedBy"]);
      const annotationCase = a.case !== undefined ? resolveCase(a.case, [...at, "case"]) : caseId;
      rows.push({
        table: "annotations",
        recordType: "Annotation",
        caseId: annotationCase,
        row: {
          id,
          targetType,
          targetId,
          caseId: annotationCase,
          parentId: null,
          authorId: author,
          body: a.body,
          tags: a.tags ?? [],
          status: a.status ?? "OPEN",
          resolvedAt: a.resolvedAt ?? null,
          resolvedById: a.resolvedBy ?? null,
          exact: found?.exact ?? orphan?.exact ?? null,
          prefix: found?.prefix ?? orphan?.prefix ?? null,
          suffix: found?.suffix ?? orphan?.suffix ?? null,
          startOffset: found?.start ?? (orphan ? (a.position?.start ?? null) : null),
          endOffset: found?.end ?? (orphan ? (a.position?.end ?? null) : null),
          isOrphaned: orphan !== null,
          ...meta({ ...a, updatedAt: a.updatedAt ?? a.createdAt }),
        },
      });
      a.replies?.forEach((reply, j) => {
        const replyPath = [...at, "replies", j];
        const replyId = reply.id ?? `${id}:r${j + 1}`;
        claimId("annotations", replyId, replyPath);
        const replyAuthor = reply.author ?? SEED_AUTHOR_ID;
        if (replyAuthor === SEED_AUTHOR_ID) usesSeedAuthor = true;
        checkUser(replyAuthor, [...replyPath, "author"]);
        rows.push({
          table: "annotations",
          recordType: "Annotation",
          caseId: annotationCase,
          row: {
            id: replyId,
            targetType,
            targetId,
            caseId: annotationCase,
            parentId: id,
            authorId: replyAuthor,
            body: reply.body,
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
            ...meta({ ...reply, updatedAt: reply.updatedAt ?? reply.createdAt }),
          },
        });
      });
    });
  };

  const fact = (f: { status?: string | undefined; confidence?: number | undefined }) => ({
    status: f.status ?? "ALLEGED",
    confidence: f.confidence ?? 50,
  });

  bundle.users.forEach((u, i) => {
    claimId("users", u.id, ["users", i, "id"]);
    const row: Row = { id: u.id, email: u.email, name: u.name, role: u.role, ...meta(u) };
    if (u.isDisabled !== undefined) row.isDisabled = u.isDisabled;
    if (u.passwordHash !== undefined) {
      if (options.allowAccountSecrets) row.passwordHash = u.passwordHash;
      else
        fail(
          ["users", i, "passwordHash"],
          "password hashes are imported only by the operator (pnpm casefile import): leave passwordHash out",
        );
    }
    rows.push({ table: "users", recordType: "User", caseId: null, row });
  });

  bundle.sources.forEach((s, i) => {
    const path = ["sources", i];
    claimId("sources", s.id, [...path, "id"]);
    rows.push({
      table: "sources",
      recordType: "Source",
      caseId: null,
      row: {
        id: s.id,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        author: s.author,
        url: s.url ?? null,
        ...dateColumns("publishedDate", s.publishedDate),
        description: s.description,
        text: sourceTexts.get(s.id) ?? null,
        ...(s.textVersion !== undefined ? { textVersion: s.textVersion } : {}),
        ...meta(s),
      },
    });
    annotationsOf(s.annotations, "SOURCE", s.id, null, path);
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
    rows.push({
      table: "cases",
      recordType: "Case",
      caseId: c.id,
      row: {
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
        ...meta(c),
      },
    });
    citationsOf(c.citations, "CASE", c.id, c.id, path);
    annotationsOf(c.annotations, "CASE", c.id, c.id, path);
  });

  for (const { entity: e, index: i } of parentsFirst(bundle.entities, fail)) {
    const path = ["entities", i];
    claimId("entities", e.id, [...path, "id"]);
    const firstCase = e.roles?.[0] ? (bundleCases.get(e.roles[0].case) ?? existing.caseIdBySlugOrId(e.roles[0].case)) : null;
    const row: Row = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases ?? [],
      description: e.description,
      fieldStatuses: e.fieldStatuses ?? {},
      ...fact(e),
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
      mergedIntoId: e.mergedInto ?? null,
      ...meta(e),
    };
    if (e.mergedInto) {
      checkEntity(e.mergedInto, [...path, "mergedInto"]);
      if (e.mergedInto === e.id) fail([...path, "mergedInto"], "an entity cannot be merged into itself");
    }
    switch (e.kind) {
      case "PERSON":
        Object.assign(row, {
          rank: e.rank,
          position: e.position,
          nationality: e.nationality,
          ...dateColumns("birthDate", e.birthDate),
        });
        break;
      case "ORGANIZATION":
        Object.assign(row, {
          organizationKind: e.organizationKind,
          country: e.country,
          parentId: e.parent ?? e.parentId ?? null,
        });
        if (row.parentId) checkEntity(row.parentId as string, [...path, "parent"]);
        break;
      case "ONLINE_PERSONA":
        Object.assign(row, { personaKind: e.personaKind, platform: e.platform, url: e.url ?? null });
        break;
      case "PLACE":
        Object.assign(row, { placeKind: e.placeKind, country: e.country });
        break;
      case "ARTIFACT":
        Object.assign(row, { artifactKind: e.artifactKind, url: e.url ?? null });
        break;
    }
    rows.push({ table: "entities", recordType: entityTypeName[e.kind], caseId: firstCase, row });
    citationsOf(e.citations, "ENTITY", e.id, firstCase, path);
    annotationsOf(e.annotations, "ENTITY", e.id, firstCase, path);

    e.roles?.forEach((r, j) => {
      const rolePath = [...path, "roles", j];
      const caseId = resolveCase(r.case, [...rolePath, "case"]);
      if (!caseId) return;
      const id = r.id ?? `role:${caseId}:${e.id}:${r.role.toLowerCase()}`;
      claimId("case_roles", id, rolePath);
      rows.push({
        table: "case_roles",
        recordType: "CaseRole",
        caseId,
        row: {
          id,
          caseId,
          entityId: e.id,
          role: r.role,
          description: r.description,
          position: r.position ?? 0,
          ...fact(r),
          ...meta(r),
        },
      });
      citationsOf(r.citations, "CASE_ROLE", id, caseId, rolePath);
      annotationsOf(r.annotations, "CASE_ROLE", id, caseId, rolePath);
    });
  }

  bundle.relationships.forEach((r, i) => {
    const path = ["relationships", i];
    claimId("relationships", r.id, [...path, "id"]);
    checkEntity(r.subject, [...path, "subject"]);
    checkEntity(r.object, [...path, "object"]);
    if (r.subject === r.object) fail([...path, "object"], "a relationship needs two different entities");
    rows.push({
      table: "relationships",
      recordType: "Relationship",
      caseId: null,
      row: {
        id: r.id,
        subjectId: r.subject,
        predicate: r.predicate,
        objectId: r.object,
        ...dateColumns("startDate", r.startDate),
        ...dateColumns("endDate", r.endDate),
        description: r.description,
        ...fact(r),
        ...meta(r),
      },
    });
    citationsOf(r.citations, "RELATIONSHIP", r.id, null, path);
    annotationsOf(r.annotations, "RELATIONSHIP", r.id, null, path);
  });

  bundle.events.forEach((ev, i) => {
    const path = ["events", i];
    claimId("events", ev.id, [...path, "id"]);
    const caseId = resolveCase(ev.case, [...path, "case"]);
    if (ev.place) checkEntity(ev.place, [...path, "place"]);
    const start = partialDate(ev.date);
    const end = ev.endDate ? partialDate(ev.endDate) : null;
    if (end && end.latest < start.earliest)
      fail([...path, "endDate"], `the end date ${ev.endDate} is before the date ${ev.date}`);
    rows.push({
      table: "events",
      recordType: "Event",
      caseId,
      row: {
        id: ev.id,
        caseId,
        title: ev.title,
        kind: ev.kind,
        date: ev.date,
        datePrecision: start.precision,
        ...dateColumns("endDate", ev.endDate),
        rangeStart: start.earliest,
        rangeEnd: end ? end.latest : start.latest,
        placeId: ev.place ?? null,
        description: ev.description,
        ...fact(ev),
        ...meta(ev),
      },
    });
    citationsOf(ev.citations, "EVENT", ev.id, caseId, path);
    annotationsOf(ev.annotations, "EVENT", ev.id, caseId, path);
    ev.participants?.forEach((p, j) => {
      const pPath = [...path, "participants", j];
      checkEntity(p.entity, [...pPath, "entity"]);
      const id = p.id ?? `part:${ev.id}:${p.entity}:${p.role.toLowerCase()}`;
      claimId("event_participants", id, pPath);
      rows.push({
        table: "event_participants",
        recordType: "EventParticipant",
        caseId,
        row: { id, eventId: ev.id, entityId: p.entity, role: p.role, ...fact(p), ...meta(p) },
      });
      citationsOf(p.citations, "EVENT_PARTICIPANT", id, caseId, pPath);
      annotationsOf(p.annotations, "EVENT_PARTICIPANT", id, caseId, pPath);
    });
  });

  bundle.charges.forEach((ch, i) => {
    const path = ["charges", i];
    claimId("charges", ch.id, [...path, "id"]);
    const caseId = resolveCase(ch.case, [...path, "case"]);
    rows.push({
      table: "charges",
      recordType: "Charge",
      caseId,
      row: {
        id: ch.id,
        caseId,
        countNumber: ch.countNumber,
        title: ch.title,
        statute: ch.statute,
        description: ch.description,
        ...fact(ch),
        ...meta(ch),
      },
    });
    citationsOf(ch.citations, "CHARGE", ch.id, caseId, path);
    annotationsOf(ch.annotations, "CHARGE", ch.id, caseId, path);
    ch.defendants?.forEach((d, j) => {
      const dPath = [...path, "defendants", j];
      checkEntity(d.entity, [...dPath, "entity"]);
      const id = d.id ?? `def:${ch.id}:${d.entity}`;
      claimId("charge_defendants", id, dPath);
      rows.push({
        table: "charge_defendants",
        recordType: "ChargeDefendant",
        caseId,
        row: { id, chargeId: ch.id, entityId: d.entity, ...fact(d), ...meta(d) },
      });
      citationsOf(d.citations, "CHARGE_DEFENDANT", id, caseId, dPath);
      annotationsOf(d.annotations, "CHARGE_DEFENDANT", id, caseId, dPath);
    });
  });

  // Count numbers are unique within a case.
  const counts = new Map<string, string>();
  bundle.charges.forEach((ch, i) => {
    const key = `${ch.case}#${ch.countNumber}`;
    const first = counts.get(key);
    if (first) fail(["charges", i, "countNumber"], `count ${ch.countNumber} of case "${ch.case}" is already ${first}`);
    else counts.set(key, ch.id);
  });

  if (usesSeedAuthor && !bundleUsers.has(SEED_AUTHOR_ID)) {
    rows.unshift({
      table: "users",
      recordType: "User",
      caseId: null,
      row: { id: SEED_AUTHOR_ID, email: "seed@casefile.local", name: "Casefile seed", role: "EDITOR" },
    });
  }

  return { rows, issues, rejections };
}

/** Orders entities so that an organization's parent, and a merged entity's survivor, is written before it. */
function parentsFirst(
  list: Bundle["entities"],
  fail: (path: (string | number)[], message: string) => void,
): { entity: Bundle["entities"][number]; index: number }[] {
  const byId = new Map<string, { entity: Bundle["entities"][number]; index: number }>();
  list.forEach((entity, index) => {
    if (!byId.has(entity.id)) byId.set(entity.id, { entity, index });
  });
  const ordered: { entity: Bundle["entities"][number]; index: number }[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (item: { entity: Bundle["entities"][number]; index: number }) => {
    const mark = state.get(item.entity.id);
    if (mark === "done") return;
    if (mark === "visiting") {
      fail(["entities", item.index, "parent"], `organization "${item.entity.id}" is its own ancestor`);
      return;
    }
    state.set(item.entity.id, "visiting");
    const parentId = item.entity.kind === "ORGANIZATION" ? (item.entity.parent ?? item.entity.parentId) : undefined;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (parent) visit(parent);
    // A merged-away entity is written after the entity it redirects to.
    const survivor = item.entity.mergedInto ? byId.get(item.entity.mergedInto) : undefined;
    if (survivor && survivor !== item) visit(survivor);
    state.set(item.entity.id, "done");
    ordered.push(item);
  };
  list.forEach((entity, index) => {
    // A repeated id is kept in the list so that the duplicate is reported.
    if (byId.get(entity.id)?.index === index) visit({ entity, index });
    else ordered.push({ entity, index });
  });
  return ordered;
}
