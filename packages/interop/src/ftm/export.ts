/**
 * A case as a FollowTheMoney entity stream: what OCCRP Aleph, OpenSanctions' tools and `ftm`
 * read. The case is first exported as an import bundle (the loader's format, which already
 * gathers every record of the case), then mapped schema by schema. See README.md for the
 * mapping and for what FtM cannot hold.
 */

import type { SqliteStore } from "@casefile/db";
import { exportBundle, parseBundle } from "@casefile/db/seed";
import { type Bundle, type BundleAnnotation, type BundleCitation, type BundleEntity, isEntityRef } from "@casefile/schema/bundle";
import type { FactStatus } from "@casefile/schema/enums";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
import { InteropError } from "../errors.js";
import { countryCode } from "./countries.js";
import { ftmEntityId, ftmRecordId } from "./ids.js";
import { type FtmEntity, isA } from "./schemata.js";

export interface FtmSkipped {
  /** Casefile record type and id. */
  recordType: string;
  id: string;
  reason: string;
}

export interface FtmExport {
  entities: FtmEntity[];
  /** Records (or parts of them) FtM has no place for, and why. */
  skipped: FtmSkipped[];
}

/** Collects property values: drops empty ones, trims, keeps each value once. */
class Props {
  readonly values: Record<string, string[]> = {};
  add(property: string, ...values: (string | null | undefined)[]): this {
    for (const raw of values) {
      if (raw === null || raw === undefined) continue;
      const value = raw.trim();
      if (value === "") continue;
      const list = this.values[property] ?? [];
      this.values[property] = list;
      if (!list.includes(value)) list.push(value);
    }
    return this;
  }
}

const statusLine = (fact: { status?: FactStatus | string; confidence?: number }) =>
  `Casefile status: ${fact.status ?? DEFAULT_FACT_STATUS}, confidence ${fact.confidence ?? DEFAULT_CONFIDENCE}/100`;

/** A Document's file name: the last segment of the source's URL, or its id (plus .txt for a text). */
function fileNameOf(source: { id: string; url?: string | null; text?: string | null }): string {
  let fromUrl = "";
  if (source.url) {
    try {
      fromUrl = decodeURIComponent(new URL(source.url).pathname.split("/").filter(Boolean).at(-1) ?? "");
    } catch {
      fromUrl = "";
    }
  }
  return fromUrl || `${source.id}${source.text ? ".txt" : ""}`;
}

/** One note per field status: FtM has none, so they travel as marked notes the importer reads. */
export const fieldStatusLines = (fieldStatuses: Record<string, { status: string; confidence: number }> | undefined) =>
  Object.entries(fieldStatuses ?? {}).map(
    ([field, fs]) => `Casefile field status: ${field} ${fs.status}, confidence ${fs.confidence}/100`,
  );

const lower = (value: string) => value.toLowerCase().replace(/_/g, " ");

/** Which FtM schema a Casefile entity becomes; null when FtM has no fitting schema. */
export function ftmSchemaOf(entity: BundleEntity): { schema: string } | { reason: string } {
  switch (entity.kind) {
    case "PERSON":
      return { schema: "Person" };
    case "ORGANIZATION":
      switch (entity.organizationKind) {
        case "INTELLIGENCE_AGENCY":
        case "MILITARY_UNIT":
        case "GOVERNMENT_BODY":
          return { schema: "PublicBody" };
        case "COMPANY":
          return { schema: "Company" };
        default:
          return { schema: "Organization" };
      }
    case "ONLINE_PERSONA":
      return { schema: "UserAccount" };
    case "PLACE":
      return entity.placeKind === "COUNTRY"
        ? { reason: "a country is not an FtM Address; countries appear as `country` properties instead" }
        : { schema: "Address" };
    case "ARTIFACT":
      return entity.artifactKind === "DATASET" || entity.artifactKind === "WEBSITE"
        ? { schema: "Document" }
        : { reason: `FtM has no schema for ${lower(entity.artifactKind)} (software is neither a document nor an asset)` };
  }
}

const organizationTopics: Partial<Record<string, string>> = {
  INTELLIGENCE_AGENCY: "gov.security",
  MILITARY_UNIT: "mil",
  GOVERNMENT_BODY: "gov",
  POLITICAL_PARTY: "pol.party",
};

/**
 * Exports one case (by slug) as FtM entities. Throws NOT_FOUND for an unknown case. Through the
 * bundle exporter of @casefile/db/seed, which the SQLite engine provides.
 */
export async function exportCaseFtm(store: SqliteStore, caseSlug: string): Promise<FtmExport> {
  if (!(await store.interop.hasCaseSlug(caseSlug))) throw InteropError.notFound(`Case "${caseSlug}"`);
  return bundleToFtm(parseBundle(exportBundle(store, caseSlug)));
}

/** Serializes entities as FtM's JSON lines (one entity per line, newline-terminated). */
export function toFtmJsonLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join("");
}

/** Maps a parsed bundle (normally one case) to FtM entities. */
export function bundleToFtm(bundle: Bundle): FtmExport {
  // An exported bundle restates every entity; references (which add to one) carry no fields.
  const fullEntities = bundle.entities.filter((e): e is BundleEntity => !isEntityRef(e));
  const entities: FtmEntity[] = [];
  const skipped: FtmSkipped[] = [];
  const emit = (id: string, schema: string, props: Props) => {
    entities.push({ id, schema, properties: props.values });
    return id;
  };
  /** Casefile entity id → its FtM id and schema (only for exported entities). */
  const exported = new Map<string, { id: string; schema: string; entity: BundleEntity }>();
  for (const entity of fullEntities) {
    const mapped = ftmSchemaOf(entity);
    if ("reason" in mapped) skipped.push({ recordType: entity.kind, id: entity.id, reason: mapped.reason });
    else exported.set(entity.id, { id: ftmEntityId(entity.id), schema: mapped.schema, entity });
  }
  const ftmOf = (entityId: string) => exported.get(entityId);
  const sourceIds = new Map(bundle.sources.map((s) => [s.id, ftmRecordId("source", s.id)]));
  const sourceUrls = new Map(bundle.sources.map((s) => [s.id, s.url ?? null]));
  const documentation: { target: string; citation: BundleCitation; recordId: string; role: string }[] = [];
  const cite = (
    list: BundleCitation[] | undefined,
    target: { ftmId: string; isThing: boolean; props?: Props } | null,
    recordId: string,
    role = "citation",
  ) => {
    list?.forEach((citation, i) => {
      if (!target || !sourceIds.has(citation.source)) return;
      if (target.isThing) {
        documentation.push({ target: target.ftmId, citation, recordId: citation.id ?? `${recordId}:${i + 1}`, role });
      } else {
        // FtM's Documentation documents Things only, and links (Interests: memberships,
        // court case parties...) have no `proof`: they carry the URL of each source that has one.
        target.props?.add("sourceUrl", sourceUrls.get(citation.source));
      }
    });
  };

  // Sources.
  for (const source of bundle.sources) {
    const props = new Props()
      .add("name", source.title)
      .add("title", source.title)
      .add("author", source.author)
      .add("publisher", source.publisher)
      .add("sourceUrl", source.url)
      .add("publishedAt", source.publishedDate)
      .add("description", source.description)
      .add("keywords", lower(source.kind))
      // FtM requires a file name of every Document, even one known only by its metadata: the
      // last segment of its URL, or its Casefile id (no file is attached either way).
      .add("fileName", fileNameOf(source));
    if (source.text) props.add("bodyText", source.text);
    emit(ftmRecordId("source", source.id), source.text ? "PlainText" : "Document", props);
  }

  // Entities.
  for (const { id, schema, entity } of exported.values()) {
    const props = new Props()
      .add("name", entity.name)
      .add("alias", ...(entity.aliases ?? []))
      .add("description", entity.description)
      .add("notes", statusLine(entity))
      .add("notes", ...fieldStatusLines(entity.fieldStatuses));
    switch (entity.kind) {
      case "PERSON": {
        const nationality = countryCode(entity.nationality);
        if (entity.nationality && !nationality) {
          skipped.push({
            recordType: "PERSON",
            id: entity.id,
            reason: `nationality "${entity.nationality}" has no known country code`,
          });
        }
        props
          .add("title", entity.rank)
          .add("position", entity.position)
          .add("nationality", nationality)
          .add("birthDate", entity.birthDate);
        break;
      }
      case "ORGANIZATION": {
        props
          .add("country", countryOrSkip(entity.country, entity, skipped))
          .add("classification", lower(entity.organizationKind))
          .add("topics", organizationTopics[entity.organizationKind]);
        const parentId = entity.parent ?? entity.parentId ?? null;
        const parent = parentId ? ftmOf(parentId) : undefined;
        if (parent && isA(parent.schema, "LegalEntity")) props.add("parent", parent.id);
        break;
      }
      case "ONLINE_PERSONA":
        props
          .add("username", entity.name)
          .add("service", entity.platform ?? (entity.personaKind === "WEBSITE" ? "website" : null))
          .add("sourceUrl", entity.url)
          .add("keywords", lower(entity.personaKind));
        break;
      case "PLACE":
        props
          .add("full", entity.name)
          .add(entity.placeKind === "CITY" ? "city" : entity.placeKind === "REGION" ? "region" : "remarks", entity.name)
          .add("country", countryOrSkip(entity.country, entity, skipped))
          .add("keywords", lower(entity.placeKind));
        break;
      case "ARTIFACT":
        props.add("title", entity.name).add("sourceUrl", entity.url).add("keywords", lower(entity.artifactKind));
        break;
    }
    emit(id, schema, props);
    cite(entity.citations, { ftmId: id, isThing: true }, `entity:${entity.id}`);
  }

  // The case, its parties and its charges (FtM has no charge schema: counts are folded into
  // the case's description and each defendant's party record).
  const chargesOf = new Map<string, string[]>();
  for (const c of bundle.cases) {
    const caseFtmId = ftmRecordId("case", c.id);
    const charges = bundle.charges.filter((ch) => ch.case === c.id || ch.case === c.slug);
    const names = new Map(fullEntities.map((e) => [e.id, e.name]));
    const countLines = charges.map((ch) => {
      const defendants = (ch.defendants ?? []).map((d) => names.get(d.entity) ?? d.entity);
      for (const d of ch.defendants ?? []) {
        const list = chargesOf.get(`${c.id}|${d.entity}`) ?? [];
        list.push(
          `Charged in count ${ch.countNumber} (${d.status ?? DEFAULT_FACT_STATUS}, confidence ${d.confidence ?? DEFAULT_CONFIDENCE}/100).`,
        );
        chargesOf.set(`${c.id}|${d.entity}`, list);
      }
      // One line per count, in a form the importer reads back (FtM has no schema for charges).
      return `Count ${ch.countNumber}: ${ch.title}. Statute: ${ch.statute}. Status: ${ch.status ?? DEFAULT_FACT_STATUS}, confidence ${ch.confidence ?? DEFAULT_CONFIDENCE}/100.${defendants.length ? ` Defendants: ${defendants.join(", ")}.` : ""}`;
    });
    const jurisdiction = countryCode(c.jurisdiction?.replace(/\s*\(.*\)\s*$/, ""));
    const props = new Props()
      .add("name", c.caption)
      .add("alias", c.shortTitle)
      .add("caseNumber", c.docketNumber)
      .add("court", c.court)
      .add("fileDate", c.filedDate)
      .add("status", lower(c.status))
      .add("type", "criminal")
      .add("country", jurisdiction)
      .add("summary", c.summary)
      .add("description", countLines.length ? `Charges:\n${countLines.join("\n")}` : null);
    emit(caseFtmId, "CourtCase", props);
    cite(c.citations, { ftmId: caseFtmId, isThing: true }, `case:${c.id}`);
    for (const ch of charges) {
      cite(ch.citations, { ftmId: caseFtmId, isThing: true }, `charge:${ch.id}`, `citation (count ${ch.countNumber})`);
    }

    const partyIds = new Map<string, Props>();
    const party = (
      entityId: string,
      role: string,
      recordId: string,
      fact: { status?: string; confidence?: number },
      description?: string | null,
      position?: number,
    ) => {
      const target = ftmOf(entityId);
      if (!target) {
        skipped.push({ recordType: "CASE_ROLE", id: recordId, reason: `its entity ${entityId} is not exported` });
        return null;
      }
      const charged = role === "defendant" ? chargesOf.get(`${c.id}|${entityId}`) : undefined;
      const props = new Props()
        .add("party", target.id)
        .add("case", caseFtmId)
        .add("role", role)
        .add("status", fact.status ?? DEFAULT_FACT_STATUS)
        .add("summary", statusLine(fact))
        // The order of the defendants (FtM has no place for it).
        .add("summary", position ? `Casefile position: ${position}` : null)
        .add("description", [description, ...(charged ?? [])].filter(Boolean).join("\n"));
      const id = ftmRecordId("role", recordId);
      partyIds.set(`${entityId}|${role}`, props);
      emit(id, "CourtCaseParty", props);
      return { id, props };
    };
    for (const entity of fullEntities) {
      for (const r of entity.roles ?? []) {
        if (r.case !== c.id && r.case !== c.slug) continue;
        const roleId = r.id ?? `role:${c.id}:${entity.id}:${r.role.toLowerCase()}`;
        const made = party(entity.id, lower(r.role), roleId, r, r.description, r.position);
        cite(r.citations, made ? { ftmId: made.id, isThing: false, props: made.props } : null, roleId);
      }
    }
    // Defendants charged without a DEFENDANT role still become defendant parties.
    for (const ch of charges) {
      for (const d of ch.defendants ?? []) {
        const existing = partyIds.get(`${d.entity}|defendant`);
        const made = existing ? { id: "", props: existing } : party(d.entity, "defendant", `defendant:${c.id}:${d.entity}`, d);
        cite(d.citations, made ? { ftmId: made.id, isThing: false, props: made.props } : null, `def:${ch.id}:${d.entity}`);
      }
    }
  }

  // Relationships.
  for (const r of bundle.relationships) {
    const subject = ftmOf(r.subject);
    const object = ftmOf(r.object);
    if (!subject || !object) {
      skipped.push({
        recordType: "RELATIONSHIP",
        id: r.id,
        reason: `it links ${!subject ? r.subject : r.object}, which is not exported`,
      });
      continue;
    }
    const { schema, from, to } = linkSchema(r.predicate, subject.schema, object.schema);
    const props = new Props()
      .add(from, subject.id)
      .add(to, object.id)
      .add("role", lower(r.predicate))
      .add("status", r.status ?? DEFAULT_FACT_STATUS)
      .add("startDate", r.startDate)
      .add("endDate", r.endDate)
      .add("description", r.description)
      .add("summary", statusLine(r));
    const id = emit(ftmRecordId("rel", r.id), schema, props);
    cite(r.citations, { ftmId: id, isThing: false, props }, `rel:${r.id}`);
  }

  // Events: legal entities take part as organizer (actors, announcers) or involved (others);
  // other participants (accounts, places, documents) are linked to the event by UnknownLink.
  for (const ev of bundle.events) {
    const id = ftmRecordId("event", ev.id);
    const place = ev.place ? ftmOf(ev.place) : undefined;
    const placeEntity = ev.place ? fullEntities.find((e) => e.id === ev.place) : undefined;
    const props = new Props()
      .add("name", ev.title)
      .add("startDate", ev.date)
      .add("endDate", ev.endDate)
      .add("keywords", lower(ev.kind))
      .add("description", ev.description)
      .add("summary", statusLine(ev))
      .add("location", placeEntity?.name)
      .add("addressEntity", place?.schema === "Address" ? place.id : null)
      .add("country", placeEntity && "country" in placeEntity ? countryCode(placeEntity.country) : null);
    for (const p of ev.participants ?? []) {
      const target = ftmOf(p.entity);
      const participantId = p.id ?? `part:${ev.id}:${p.entity}:${p.role.toLowerCase()}`;
      if (!target) {
        skipped.push({ recordType: "EVENT_PARTICIPANT", id: participantId, reason: `its entity ${p.entity} is not exported` });
        continue;
      }
      if (isA(target.schema, "LegalEntity")) {
        props.add(p.role === "ACTOR" || p.role === "ANNOUNCER" ? "organizer" : "involved", target.id);
      } else {
        const link = new Props()
          .add("subject", target.id)
          .add("object", id)
          .add("role", `event ${lower(p.role)}`)
          .add("status", p.status ?? DEFAULT_FACT_STATUS)
          .add("summary", statusLine(p));
        emit(ftmRecordId("rel", participantId), "UnknownLink", link);
      }
      cite(p.citations, { ftmId: id, isThing: true }, participantId, `citation (participant ${lower(p.role)})`);
    }
    emit(id, "Event", props);
    cite(ev.citations, { ftmId: id, isThing: true }, `event:${ev.id}`);
  }

  // Annotations: FtM's Note documents a Thing (a case, entity, source or event). Links and
  // charges are not Things, so their annotations are left out, and so are replies (FtM notes
  // do not thread).
  const annotate = (list: BundleAnnotation[] | undefined, target: string | null, recordType: string, recordId: string) => {
    list?.forEach((a, i) => {
      const noteId = a.id ?? `${recordType.toLowerCase()}:${recordId}:${i + 1}`;
      if (!target) {
        skipped.push({
          recordType: "ANNOTATION",
          id: noteId,
          reason: `it is on a ${lower(recordType)} (${recordId}), and FtM notes attach to things only (a case, entity, source or event)`,
        });
        return;
      }
      const props = new Props()
        .add("name", (a.body.split("\n")[0] ?? "").slice(0, 200) || "Note")
        .add("description", a.body)
        .add("entity", target)
        .add("summary", a.quote?.exact)
        .add("notes", `Casefile annotation: ${a.status ?? "OPEN"}${a.tags?.length ? `; tags: ${a.tags.join(" ")}` : ""}`)
        .add("createdAt", a.createdAt?.slice(0, 10));
      emit(ftmRecordId("note", noteId), "Note", props);
      for (const reply of a.replies ?? []) {
        skipped.push({ recordType: "ANNOTATION", id: reply.id ?? `${noteId}:reply`, reason: "a reply: FtM notes do not thread" });
      }
    });
  };
  for (const c of bundle.cases) annotate(c.annotations, ftmRecordId("case", c.id), "CASE", c.id);
  for (const source of bundle.sources) annotate(source.annotations, ftmRecordId("source", source.id), "SOURCE", source.id);
  for (const entity of fullEntities) {
    annotate(entity.annotations, exported.get(entity.id)?.id ?? null, "ENTITY", entity.id);
    for (const r of entity.roles ?? []) annotate(r.annotations, null, "CASE_ROLE", r.id ?? `${r.case}:${entity.id}`);
  }
  for (const r of bundle.relationships) annotate(r.annotations, null, "RELATIONSHIP", r.id);
  for (const ev of bundle.events) {
    annotate(ev.annotations, ftmRecordId("event", ev.id), "EVENT", ev.id);
    for (const p of ev.participants ?? []) annotate(p.annotations, null, "EVENT_PARTICIPANT", p.id ?? `${ev.id}:${p.entity}`);
  }
  for (const ch of bundle.charges) {
    annotate(ch.annotations, null, "CHARGE", ch.id);
    for (const d of ch.defendants ?? []) annotate(d.annotations, null, "CHARGE_DEFENDANT", d.id ?? `${ch.id}:${d.entity}`);
  }

  // Citations of Things, as Documentation linking the source document to the entity.
  for (const d of documentation) {
    const c = d.citation;
    const props = new Props()
      .add("document", sourceIds.get(c.source))
      .add("entity", d.target)
      .add("role", c.field ? `${d.role}: ${c.field}` : d.role)
      .add("summary", c.quote?.exact)
      .add("description", [c.locator ? `Locator: ${c.locator}` : null, c.note].filter(Boolean).join("\n"));
    emit(ftmRecordId("cit", d.recordId), "Documentation", props);
  }
  return { entities, skipped };
}

function countryOrSkip(country: string | null | undefined, entity: { kind: string; id: string }, skipped: FtmSkipped[]) {
  const code = countryCode(country);
  if (country && !code)
    skipped.push({ recordType: entity.kind, id: entity.id, reason: `country "${country}" has no known country code` });
  return code;
}

/**
 * The FtM link schema for a predicate, given what the two ends became. Falls back to
 * UnknownLink (subject, object: any Thing) when the specific schema's ranges do not fit.
 */
export function linkSchema(
  predicate: string,
  subjectSchema: string,
  objectSchema: string,
): { schema: string; from: string; to: string } {
  if (predicate === "MEMBER_OF" && isA(subjectSchema, "LegalEntity") && isA(objectSchema, "Organization")) {
    return { schema: "Membership", from: "member", to: "organization" };
  }
  if (predicate === "EMPLOYED_BY" && isA(subjectSchema, "Person") && isA(objectSchema, "Organization")) {
    return { schema: "Employment", from: "employee", to: "employer" };
  }
  if (predicate === "COMMANDS" && isA(subjectSchema, "LegalEntity") && isA(objectSchema, "Organization")) {
    return { schema: "Directorship", from: "director", to: "organization" };
  }
  return { schema: "UnknownLink", from: "subject", to: "object" };
}
