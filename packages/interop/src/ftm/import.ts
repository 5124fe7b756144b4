/**
 * Importing a FollowTheMoney entity stream into a case. Entities are matched to existing ones
 * by id only; a name or alias that equals an existing entity's (case- and diacritic-insensitive)
 * is reported as a possible duplicate for an editor to review and merge, and the incoming entity
 * is created on its own: nothing is merged silently. Everything is turned into an import bundle
 * and written by the bundle loader: validated whole, then one transaction with revisions.
 */

import { createHash } from "node:crypto";
import type { SqliteStore, TableName, Tx } from "@casefile/db";
import {
  BundleError,
  caseBundleForm,
  chargeBundleForm,
  entityBundleForm,
  eventBundleForm,
  type LoadResult,
  loadBundle,
} from "@casefile/db/seed";
import type { CaseRow, EntityRow } from "@casefile/db/tables";
import { anchorQuote } from "@casefile/schema/anchors";
import { BUNDLE_FORMAT, BUNDLE_VERSION } from "@casefile/schema/bundle";
import { isParsedDate, parsePartialDate } from "@casefile/schema/dates";
import {
  type CaseRole,
  caseRoles,
  caseStatuses,
  type EntityKind,
  eventKinds,
  type FactStatus,
  factStatuses,
  type OrganizationKind,
  organizationKinds,
  type ParticipantRole,
  type Predicate,
  predicates,
  sourceKinds,
} from "@casefile/schema/enums";
import { DEFAULT_CONFIDENCE } from "@casefile/schema/rules";
import { InteropError, type InteropIssue } from "../errors.js";
import { normalizeName } from "../normalize.js";
import { countryName, nationalityName } from "./countries.js";
import { fromFtmId } from "./ids.js";
import { type FtmEntity, ftmSchemata, isA } from "./schemata.js";

export interface FtmImportOptions {
  /** Work out and validate everything, report it, and write nothing. */
  dryRun?: boolean;
  /**
   * An editor's decisions on reported duplicates: FtM id → id of the existing Casefile entity
   * the incoming one is (it is then matched, not created), or "new" to create it regardless.
   */
  resolutions?: Record<string, string>;
  /** Status and confidence of imported facts that do not state their own (default UNVERIFIED, 50). */
  status?: FactStatus;
  confidence?: number;
  /** Role in the case of imported entities that no CourtCaseParty gives a role (default OTHER). */
  defaultRole?: CaseRole;
  /** Who the revisions name as actor. */
  actorId?: string | null;
}

export type ImportedRecordType = "ENTITY" | "SOURCE" | "RELATIONSHIP" | "EVENT" | "CASE_ROLE" | "CITATION";

export interface ImportedRecord {
  ftmId: string;
  schema: string;
  recordType: ImportedRecordType;
  /** The Casefile id the record has (created) or was matched to. */
  casefileId: string;
  name?: string;
  /** For matches: by id, by an editor's resolution, or by identical content (same link, same quote). */
  matchedBy?: "id" | "resolution" | "content";
}

export interface DuplicateCandidate {
  casefileId: string;
  name: string;
  kind: EntityKind | "SOURCE";
  /** True when the candidate is another entity of the same stream, not one already stored. */
  isInStream: boolean;
  reasons: string[];
}

export interface PossibleDuplicate {
  ftmId: string;
  name: string;
  kind: EntityKind | "SOURCE";
  /** The id the incoming record was created under (or would be, in a dry run). */
  casefileId: string;
  candidates: DuplicateCandidate[];
}

export interface FtmImportReport {
  caseSlug: string;
  dryRun: boolean;
  created: ImportedRecord[];
  matched: ImportedRecord[];
  possibleDuplicates: PossibleDuplicate[];
  skipped: { ftmId: string; schema: string; reason: string }[];
  warnings: { ftmId: string; message: string }[];
  /** Rows the loader wrote (in a dry run: would write). */
  rows: Pick<LoadResult, "created" | "updated" | "unchanged">;
}

type Json = Record<string, unknown>;

const bundleKey = /^[a-z0-9][a-z0-9._:/-]{0,199}$/;
const lowerForm = (value: string) => value.toLowerCase().replace(/_/g, " ");
const fromLowerForm = <T extends string>(values: readonly T[], text: string | undefined): T | undefined => {
  if (!text) return undefined;
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  return values.find((v) => v === key);
};

/** Parses FtM JSON lines (or an array of entity objects); fragments with one id are combined. */
export function parseFtmStream(input: string | readonly unknown[]): FtmEntity[] {
  const issues: InteropIssue[] = [];
  const raw: { value: unknown; where: string }[] = [];
  if (typeof input === "string") {
    input.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        raw.push({ value: JSON.parse(line), where: `line ${i + 1}` });
      } catch (error) {
        issues.push({ path: `line ${i + 1}`, message: `not valid JSON: ${(error as Error).message}` });
      }
    });
  } else {
    input.forEach((value, i) => {
      raw.push({ value, where: `$[${i}]` });
    });
  }
  const byId = new Map<string, FtmEntity>();
  for (const { value, where } of raw) {
    const e = value as Partial<FtmEntity> | null;
    if (!e || typeof e !== "object" || Array.isArray(e)) {
      issues.push({ path: where, message: "an entity must be a JSON object with id, schema and properties" });
      continue;
    }
    if (typeof e.id !== "string" || e.id.length === 0 || e.id.length > 1000) {
      issues.push({ path: `${where}.id`, message: "id must be a non-empty string" });
      continue;
    }
    if (typeof e.schema !== "string" || e.schema.length === 0) {
      issues.push({ path: `${where}.schema`, message: "schema must be an FtM schema name such as Person" });
      continue;
    }
    const properties: Record<string, string[]> = {};
    const props = e.properties ?? {};
    if (typeof props !== "object" || Array.isArray(props)) {
      issues.push({ path: `${where}.properties`, message: "properties must be an object of property name to list of strings" });
      continue;
    }
    for (const [name, values] of Object.entries(props)) {
      const list = Array.isArray(values) ? values : [values];
      if (list.some((v) => typeof v !== "string" && v !== null)) {
        issues.push({ path: `${where}.properties.${name}`, message: "property values must be strings" });
      }
      const strings = list.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
      if (strings.length > 0) properties[name] = strings;
    }
    const existing = byId.get(e.id);
    if (existing && existing.schema !== e.schema) {
      issues.push({ path: `${where}.schema`, message: `entity "${e.id}" appears as ${existing.schema} and as ${e.schema}` });
      continue;
    }
    if (existing) {
      for (const [name, values] of Object.entries(properties)) {
        existing.properties[name] = [...new Set([...(existing.properties[name] ?? []), ...values])];
      }
    } else {
      byId.set(e.id, { id: e.id, schema: e.schema, properties });
    }
  }
  if (issues.length > 0) {
    throw InteropError.badInput(`The FtM stream has ${issues.length} problem(s); nothing was imported`, issues);
  }
  return [...byId.values()];
}

type Role = "ENTITY" | "SOURCE" | "EVENT" | "CASE" | "PARTY" | "LINK" | "DOCUMENTATION" | "NOTE";

function roleOf(schema: string): Role | null {
  if (!ftmSchemata[schema] || ftmSchemata[schema]?.abstract) return null;
  if (isA(schema, "Document")) return "SOURCE";
  if (schema === "Event") return "EVENT";
  if (schema === "CourtCase") return "CASE";
  if (schema === "CourtCaseParty") return "PARTY";
  if (schema === "Documentation") return "DOCUMENTATION";
  if (schema === "Note") return "NOTE";
  if (["Membership", "Employment", "Directorship", "UnknownLink", "Representation", "Ownership"].includes(schema)) return "LINK";
  if (isA(schema, "LegalEntity") || schema === "UserAccount" || schema === "Address") return "ENTITY";
  return null;
}

/** The kind of Casefile entity an FtM entity schema is imported as. */
export function entityKindOf(schema: string): EntityKind {
  if (isA(schema, "Person")) return "PERSON";
  if (schema === "UserAccount") return "ONLINE_PERSONA";
  if (schema === "Address") return "PLACE";
  return "ORGANIZATION";
}

const statusMarker = /Casefile status: ([A-Z]+), confidence (\d{1,3})\/100/;
const fieldStatusMarker = /^Casefile field status: ([a-zA-Z]+) ([A-Z]+), confidence (\d{1,3})\/100$/;
const positionMarker = /^Casefile position: (\d{1,6})$/;
/** A count as the exporter writes it into the CourtCase's description. */
const countLine = /^Count (\d{1,5}): (.+)\. Statute: (.+)\. Status: ([A-Z]+), confidence (\d{1,3})\/100\.(?: Defendants: .*)?$/;
/** A defendant's count as the exporter writes it into the CourtCaseParty's description. */
const chargedLine = /^Charged in count (\d{1,5}) \(([A-Z]+), confidence (\d{1,3})\/100\)\.$/;

/** Imports an FtM stream into the case `caseSlug`. See FtmImportOptions and README.md. */
export async function importFtm(
  store: SqliteStore,
  caseSlug: string,
  input: string | readonly unknown[],
  options: FtmImportOptions = {},
): Promise<FtmImportReport> {
  const stream = parseFtmStream(input);
  if (!options.dryRun) {
    // The loader validates the bundle again and writes it in its own transaction; it then
    // checkpoints the WAL after a large import, which cannot happen inside an open transaction.
    const { report, bundle } = await planImport(store, caseSlug, stream, options);
    report.rows = writeBundle(store, bundle, options.actorId ?? null);
    return report;
  }
  // A dry run plans and loads in one write transaction, rolled back.
  return store
    .write(async (tx) => {
      const { report, bundle } = await planImport(tx, caseSlug, stream, options);
      report.rows = writeBundle(store, bundle, options.actorId ?? null);
      throw new DryRun(report);
    })
    .catch((error: unknown) => {
      if (error instanceof DryRun) return error.report;
      throw error;
    });
}

/** Thrown to roll a dry run's transaction back, with its report. */
class DryRun extends Error {
  constructor(readonly report: FtmImportReport) {
    super("dry run");
  }
}

/** Reads through the store's read side, or a write transaction's. */
type Reader = Pick<Tx, "interop" | "records">;

/** Works out what the stream adds to the case: the report, and the bundle that writes it. */
async function planImport(
  tx: Reader,
  caseSlug: string,
  stream: FtmEntity[],
  options: FtmImportOptions,
): Promise<{ report: FtmImportReport; bundle: unknown }> {
  const stored = await tx.interop.caseBySlug(caseSlug);
  // A database without the case gets the one the stream carries (its first CourtCase).
  const caseRow = stored ?? (await caseFromStream(stream, caseSlug, (id) => tx.interop.hasCaseId(id)));
  const isNewCase = !stored;
  const caseId = caseRow.id;
  const defaults = { status: options.status ?? "UNVERIFIED", confidence: options.confidence ?? DEFAULT_CONFIDENCE };
  if (!(factStatuses as readonly string[]).includes(defaults.status)) {
    throw InteropError.badInput(`status must be one of ${factStatuses.join(", ")}`);
  }

  const report: FtmImportReport = {
    caseSlug,
    dryRun: options.dryRun ?? false,
    created: [],
    matched: [],
    possibleDuplicates: [],
    skipped: [],
    warnings: [],
    rows: { created: 0, updated: 0, unchanged: 0 },
  };
  const warn = (ftmId: string, message: string) => report.warnings.push({ ftmId, message });
  const skip = (e: FtmEntity, reason: string) => report.skipped.push({ ftmId: e.id, schema: e.schema, reason });
  const first = (e: FtmEntity, property: string) => e.properties[property]?.[0];
  const all = (e: FtmEntity, property: string) => e.properties[property] ?? [];
  const factOf = (e: FtmEntity) => {
    for (const text of [...all(e, "notes"), ...all(e, "summary")]) {
      const match = statusMarker.exec(text);
      if (match && (factStatuses as readonly string[]).includes(match[1] as string)) {
        return { status: match[1] as FactStatus, confidence: Math.min(100, Number(match[2])) };
      }
    }
    const stated = fromLowerForm(factStatuses, first(e, "status"));
    return { status: stated ?? defaults.status, confidence: defaults.confidence };
  };
  /** Field statuses, from the marked notes the exporter writes (FtM has no field statuses). */
  const fieldStatusesOf = (e: FtmEntity) => {
    const out: Record<string, { status: FactStatus; confidence: number }> = {};
    for (const text of all(e, "notes")) {
      const match = fieldStatusMarker.exec(text);
      if (match && (factStatuses as readonly string[]).includes(match[2] as string)) {
        out[match[1] as string] = { status: match[2] as FactStatus, confidence: Math.min(100, Number(match[3])) };
      }
    }
    return Object.keys(out).length ? out : undefined;
  };
  const positionOf = (e: FtmEntity) => {
    for (const text of all(e, "summary")) {
      const match = positionMarker.exec(text);
      if (match) return Number(match[1]);
    }
    return undefined;
  };
  const textOf = (e: FtmEntity, ...properties: string[]) => {
    for (const p of properties) {
      const values = all(e, p).filter((v) => !statusMarker.test(v) && !fieldStatusMarker.test(v) && !positionMarker.test(v));
      if (values.length) return values.join("\n\n").slice(0, 20_000);
    }
    return null;
  };
  const dateOf = (e: FtmEntity, ...properties: string[]): string | null => {
    for (const p of properties) {
      const value = first(e, p);
      if (!value) continue;
      const candidate = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value)?.[0];
      if (candidate && isParsedDate(parsePartialDate(candidate))) return candidate;
      warn(e.id, `${p} "${value}" is not a date; it was left out`);
    }
    return null;
  };

  // Ids: FtM ids Casefile wrote map back to the Casefile ids; others become "ftm:<id>".
  const usedIds = new Map<string, string>();
  const casefileIdFor = (ftmId: string, prefix: string) => {
    let id: string | null = null;
    if (ftmId.startsWith(prefix) && bundleKey.test(fromFtmId(ftmId.slice(prefix.length))))
      id = fromFtmId(ftmId.slice(prefix.length));
    if (!id) {
      id = `ftm:${ftmId.toLowerCase()}`;
      if (!bundleKey.test(id)) id = `ftm:${createHash("sha1").update(ftmId).digest("hex")}`;
    }
    const owner = usedIds.get(`${prefix}|${id}`);
    if (owner && owner !== ftmId) id = `ftm:${createHash("sha1").update(ftmId).digest("hex")}`;
    usedIds.set(`${prefix}|${id}`, ftmId);
    return id;
  };
  const entityRow = async (id: string): Promise<EntityRow | undefined> => {
    let row = await tx.records.read("entities", id);
    // A merged entity redirects to the one it was merged into.
    for (let hops = 0; row?.mergedIntoId && hops < 20; hops++) {
      row = await tx.records.read("entities", row.mergedIntoId);
    }
    return row;
  };
  const exists = (table: TableName, id: string) => tx.interop.hasRecord(table, id);

  const byRole = new Map<Role, FtmEntity[]>();
  const schemaById = new Map<string, string>();
  for (const e of stream) {
    schemaById.set(e.id, e.schema);
    const role = roleOf(e.schema);
    if (!role) {
      skip(e, ftmSchemata[e.schema] ? `${e.schema} is abstract` : `Casefile does not import ${e.schema} entities`);
      continue;
    }
    byRole.set(role, [...(byRole.get(role) ?? []), e]);
  }
  const ofRole = (role: Role) => byRole.get(role) ?? [];

  // Entities ---------------------------------------------------------------------------------
  interface EntityPlan {
    id: string;
    kind: EntityKind;
    name: string;
    isNew: boolean;
    /** Bundle form: new entities in full, existing ones unchanged (to hang roles and citations on). */
    form: Json;
    roles: Json[];
    citations: Json[];
    annotations: Json[];
    names: string[];
  }
  const entities = new Map<string, EntityPlan>();
  const existingForms = new Map<string, EntityPlan>();
  const planFor = (ftmId: string): EntityPlan | undefined => entities.get(ftmId);
  /** Resolves an entity reference: an entity of the stream, or one already stored. */
  const resolveEntity = async (ref: string): Promise<EntityPlan | undefined> => {
    const planned = entities.get(ref);
    if (planned) return planned;
    if (schemaById.has(ref)) return undefined;
    const row = await entityRow(casefileIdFor(ref, "casefile-"));
    if (!row) return undefined;
    return existingPlan(row);
  };
  const existingPlan = (row: EntityRow): EntityPlan => {
    let plan = existingForms.get(row.id);
    if (!plan) {
      plan = {
        id: row.id,
        kind: row.kind,
        name: row.name,
        isNew: false,
        form: entityBundleForm(row),
        roles: [],
        citations: [],
        annotations: [],
        names: [row.name, ...row.aliases],
      };
      existingForms.set(row.id, plan);
    }
    return plan;
  };

  for (const e of ofRole("ENTITY")) {
    const kind = entityKindOf(e.schema);
    const names = [...all(e, "name"), ...all(e, "username"), ...all(e, "full"), ...all(e, "city"), ...all(e, "region")];
    const name = names[0];
    if (!name) {
      skip(e, "it has no name");
      continue;
    }
    const record = (casefileId: string): ImportedRecord => ({
      ftmId: e.id,
      schema: e.schema,
      recordType: "ENTITY",
      casefileId,
      name,
    });
    const resolution = options.resolutions?.[e.id];
    if (resolution && resolution !== "new") {
      const row = await entityRow(resolution);
      if (row) {
        entities.set(e.id, existingPlan(row));
        report.matched.push({ ...record(row.id), matchedBy: "resolution" });
        continue;
      }
      warn(e.id, `the resolution names entity "${resolution}", which does not exist; the entity was imported as new`);
    }
    let id = casefileIdFor(e.id, "casefile-");
    if (resolution !== "new") {
      const row = await entityRow(id);
      if (row && row.kind === kind) {
        entities.set(e.id, existingPlan(row));
        report.matched.push({ ...record(row.id), matchedBy: "id" });
        continue;
      }
      if (row) warn(e.id, `its id matches ${row.id}, but that is a ${row.kind}, not a ${kind}; it was imported as new`);
    }
    if (await exists("entities", id)) id = `ftm:${createHash("sha1").update(`${e.id}|${kind}`).digest("hex")}`;
    const form = newEntityForm(e, kind, name, id, factOf(e), textOf(e, "description", "summary", "notes"), warn);
    const fieldStatuses = fieldStatusesOf(e);
    if (fieldStatuses) form.fieldStatuses = fieldStatuses;
    const aliases = (form.aliases as string[] | undefined) ?? [];
    entities.set(e.id, {
      id,
      kind,
      name: form.name as string,
      isNew: true,
      form,
      roles: [],
      citations: [],
      annotations: [],
      names: [form.name as string, ...aliases],
    });
    report.created.push(record(id));
  }

  // Parents of organizations (FtM LegalEntity.parent), once every entity has its id.
  for (const e of ofRole("ENTITY")) {
    const plan = planFor(e.id);
    const parentRef = first(e, "parent");
    if (!plan?.isNew || plan.kind !== "ORGANIZATION" || !parentRef) continue;
    const parent = await resolveEntity(parentRef);
    if (parent?.kind === "ORGANIZATION") plan.form.parent = parent.id;
    else warn(e.id, `its parent "${parentRef}" is not an organization in the stream or the database`);
  }

  // Possible duplicates: same name or alias as a stored entity, or as another new one.
  const newPlans = [...entities.entries()].filter(([, p]) => p.isNew);
  const streamIndex = new Map<string, { ftmId: string; plan: EntityPlan }[]>();
  for (const [ftmId, plan] of newPlans) {
    for (const n of new Set(plan.names.map(normalizeName))) {
      streamIndex.set(n, [...(streamIndex.get(n) ?? []), { ftmId, plan }]);
    }
  }
  const matchedIds = new Set([...entities.values()].filter((p) => !p.isNew).map((p) => p.id));
  for (const [ftmId, plan] of newPlans) {
    const candidates = new Map<string, DuplicateCandidate>();
    const reason = (
      mine: string,
      isMyName: boolean,
      theirs: string,
      isTheirName: boolean,
      other: { id: string; kind: EntityKind },
    ) =>
      `${isMyName ? "name" : "alias"} "${mine}" equals the ${isTheirName ? "name" : "alias"} "${theirs}" of ${other.id}${
        other.kind !== plan.kind ? ` (a ${other.kind}, this is a ${plan.kind})` : ""
      }`;
    const add = (other: { id: string; kind: EntityKind; name: string; names: string[] }, isInStream: boolean) => {
      if (other.id === plan.id) return;
      for (const [i, mine] of plan.names.entries()) {
        for (const [j, theirs] of other.names.entries()) {
          if (normalizeName(mine) !== normalizeName(theirs)) continue;
          const candidate = candidates.get(other.id) ?? {
            casefileId: other.id,
            name: other.name,
            kind: other.kind,
            isInStream,
            reasons: [],
          };
          const why = reason(mine, i === 0, theirs, j === 0, other);
          if (!candidate.reasons.includes(why)) candidate.reasons.push(why);
          candidates.set(other.id, candidate);
        }
      }
    };
    for (const row of await findEntitiesByNames(tx, plan.names)) {
      add({ id: row.id, kind: row.kind, name: row.name, names: [row.name, ...row.aliases] }, matchedIds.has(row.id));
    }
    for (const n of new Set(plan.names.map(normalizeName))) {
      for (const other of streamIndex.get(n) ?? []) if (other.ftmId !== ftmId) add(other.plan, true);
    }
    if (candidates.size > 0) {
      report.possibleDuplicates.push({
        ftmId,
        name: plan.name,
        kind: plan.kind,
        casefileId: plan.id,
        candidates: [...candidates.values()],
      });
    }
  }

  // Sources ----------------------------------------------------------------------------------
  const sources = new Map<string, { id: string; text: string | null; form: Json | null }>();
  for (const e of ofRole("SOURCE")) {
    const id = casefileIdFor(e.id, "casefile-source-");
    const title = (first(e, "title") ?? first(e, "name") ?? first(e, "fileName") ?? e.id).slice(0, 500);
    const record: ImportedRecord = { ftmId: e.id, schema: e.schema, recordType: "SOURCE", casefileId: id, name: title };
    const stored = await tx.interop.sourceTextById(id);
    if (stored) {
      sources.set(e.id, { id, text: stored.text, form: null });
      report.matched.push({ ...record, matchedBy: "id" });
      continue;
    }
    const url = httpUrl(first(e, "sourceUrl"));
    const text = all(e, "bodyText").join("\n\n") || null;
    const form: Json = {
      id,
      kind: fromLowerForm(sourceKinds, first(e, "keywords")) ?? "OTHER",
      title,
      publisher: first(e, "publisher")?.slice(0, 300) ?? null,
      author: first(e, "author")?.slice(0, 300) ?? null,
      url,
      publishedDate: dateOf(e, "publishedAt", "date", "authoredAt"),
      description: textOf(e, "description", "summary")?.slice(0, 5000) ?? null,
      text,
    };
    sources.set(e.id, { id, text, form });
    report.created.push(record);
    const similar = await tx.interop.sourcesLike(url, title);
    if (similar.length > 0) {
      report.possibleDuplicates.push({
        ftmId: e.id,
        name: title,
        kind: "SOURCE",
        casefileId: id,
        candidates: similar.map((s) => ({
          casefileId: s.id,
          name: s.title,
          kind: "SOURCE",
          isInStream: false,
          reasons: [url && s.url === url ? `same URL ${url}` : `same title "${s.title}"`],
        })),
      });
    }
  }
  type PlannedSource = { id: string; text: string | null; form: Json | null };
  const resolveSource = async (ref: string): Promise<PlannedSource | undefined> => {
    const planned = sources.get(ref);
    if (planned) return planned;
    if (schemaById.has(ref)) return undefined;
    const id = casefileIdFor(ref, "casefile-source-");
    const stored = await tx.interop.sourceTextById(id);
    return stored ? { id, text: stored.text, form: null } : undefined;
  };
  /** A source by URL: a document of the stream, or a stored source. */
  const sourceByUrl = async (url: string): Promise<PlannedSource | undefined> => {
    for (const planned of sources.values()) if ((planned.form as Json | null)?.url === url) return planned;
    const stored = await tx.interop.sourceTextByUrl(url);
    return stored ? { id: stored.id, text: stored.text, form: null } : undefined;
  };
  // Things carry their sources as `proof`; links (Interests), which have no `proof`, as `sourceUrl`.
  const proofCitations = async (e: FtmEntity): Promise<Json[]> => {
    const citations: Json[] = [];
    for (const ref of all(e, "proof")) {
      const source = await resolveSource(ref);
      if (!source) {
        warn(e.id, `its proof "${ref}" is not a document in the stream or the database`);
        continue;
      }
      citations.push({ source: source.id, locator: "(FollowTheMoney proof; no passage given)" });
    }
    if (isA(e.schema, "Interval")) {
      for (const url of all(e, "sourceUrl")) {
        const source = await sourceByUrl(url);
        if (source) citations.push({ source: source.id, locator: "(FollowTheMoney sourceUrl; no passage given)" });
      }
    }
    return citations;
  };

  // The case: every CourtCase of the stream is the target case.
  const courtCases = new Set(ofRole("CASE").map((e) => e.id));
  if (courtCases.size > 1)
    warn("", `the stream holds ${courtCases.size} court cases; all their parties are imported into case "${caseSlug}"`);
  for (const e of ofRole("CASE")) {
    const id = casefileIdFor(e.id, "casefile-case-");
    const record = { ftmId: e.id, schema: e.schema, recordType: "ENTITY" as const, casefileId: caseId, name: caseRow.caption };
    if (isNewCase && e.id === ofRole("CASE")[0]?.id) report.created.push(record);
    else report.matched.push({ ...record, matchedBy: id === caseId ? "id" : "resolution" });
  }

  // Case roles -------------------------------------------------------------------------------
  const existingRoles = new Set(await tx.interop.caseRoleKeys(caseId));
  const entitiesWithRole = new Set([...existingRoles].map((key) => key.split("|")[0]));
  for (const e of ofRole("PARTY")) {
    const partyRef = first(e, "party");
    const caseRef = first(e, "case");
    const party = partyRef ? await resolveEntity(partyRef) : undefined;
    if (!party) {
      skip(e, `its party "${partyRef}" is not an entity Casefile imported or stores`);
      continue;
    }
    if (caseRef && !courtCases.has(caseRef) && schemaById.has(caseRef)) {
      skip(e, `its case "${caseRef}" is not a CourtCase`);
      continue;
    }
    const roleText = first(e, "role");
    const role = fromLowerForm(caseRoles, roleText) ?? "OTHER";
    const id = casefileIdFor(e.id, "casefile-role-");
    const record: ImportedRecord = {
      ftmId: e.id,
      schema: e.schema,
      recordType: "CASE_ROLE",
      casefileId: id,
      name: `${party.name}: ${lowerForm(role)}`,
    };
    entitiesWithRole.add(party.id);
    if (existingRoles.has(`${party.id}|${role}`)) {
      report.matched.push({ ...record, matchedBy: (await exists("case_roles", id)) ? "id" : "content" });
      continue;
    }
    existingRoles.add(`${party.id}|${role}`);
    // The description without the lines naming the counts (they become charge defendants).
    const ownText = (textOf(e, "description") ?? "")
      .split("\n")
      .filter((line) => !chargedLine.test(line.trim()))
      .join("\n")
      .trim();
    const description = [role === "OTHER" && roleText ? `Role: ${roleText}` : null, ownText].filter(Boolean).join("\n");
    const position = positionOf(e);
    party.roles.push({
      id,
      case: caseId,
      role,
      description: description.slice(0, 2000) || null,
      ...(position !== undefined ? { position } : {}),
      ...factOf(e),
      citations: await proofCitations(e),
    });
    report.created.push(record);
  }
  const defaultRole = options.defaultRole ?? "OTHER";
  for (const plan of [...entities.values()]) {
    if (entitiesWithRole.has(plan.id)) continue;
    entitiesWithRole.add(plan.id);
    existingRoles.add(`${plan.id}|${defaultRole}`);
    plan.roles.push({ case: caseId, role: defaultRole, description: "Imported from FollowTheMoney", ...defaults });
  }

  // Events -----------------------------------------------------------------------------------
  // Stored events take part in their stored form, so new participants and citations can be
  // added to them; new events in full.
  interface EventPlan {
    id: string;
    isNew: boolean;
    form: Json;
    participants: Map<string, Json>;
    citations: Json[];
    annotations: Json[];
  }
  const events = new Map<string, EventPlan>();
  const storedParticipants = async (eventId: string) => new Set(await tx.interop.participantKeys(eventId));
  const participate = async (e: FtmEntity, event: EventPlan, ref: string, role: ParticipantRole, fact: Json) => {
    const entity = await resolveEntity(ref);
    if (!entity) {
      warn(e.id, `participant "${ref}" is not an entity Casefile imported or stores; it was left out`);
      return;
    }
    const key = `${entity.id}|${role}`;
    // FtM's organizer/involved are coarser than Casefile's roles: an entity already taking part
    // in a stored event keeps its role.
    const stored = event.isNew ? [] : [...(await storedParticipants(event.id))];
    if (event.participants.has(key) || stored.some((k) => k.startsWith(`${entity.id}|`))) return;
    event.participants.set(key, { entity: entity.id, role, ...fact });
  };
  for (const e of ofRole("EVENT")) {
    const id = casefileIdFor(e.id, "casefile-event-");
    const title = (first(e, "name") ?? first(e, "summary") ?? e.id).slice(0, 300);
    const record: ImportedRecord = { ftmId: e.id, schema: e.schema, recordType: "EVENT", casefileId: id, name: title };
    const stored = await tx.records.read("events", id);
    let plan: EventPlan;
    if (stored) {
      plan = { id, isNew: false, form: eventBundleForm(stored), participants: new Map(), citations: [], annotations: [] };
      report.matched.push({ ...record, matchedBy: "id" });
    } else {
      const date = dateOf(e, "startDate", "date");
      if (!date) {
        skip(e, "it has no date (Casefile events need at least a year)");
        continue;
      }
      let endDate = dateOf(e, "endDate");
      if (endDate && !isOrdered(date, endDate)) {
        warn(e.id, `its end date ${endDate} is before its date ${date}; the end date was left out`);
        endDate = null;
      }
      const placeRef = first(e, "addressEntity");
      const place = placeRef ? await resolveEntity(placeRef) : undefined;
      if (placeRef && place?.kind !== "PLACE") warn(e.id, `its address "${placeRef}" is not a place Casefile imported or stores`);
      const form: Json = {
        id,
        case: caseId,
        title,
        kind: fromLowerForm(eventKinds, first(e, "keywords")) ?? "OTHER",
        date,
        endDate,
        place: place?.kind === "PLACE" ? place.id : undefined,
        description: textOf(e, "description"),
        ...factOf(e),
      };
      plan = { id, isNew: true, form, participants: new Map(), citations: await proofCitations(e), annotations: [] };
      report.created.push(record);
    }
    events.set(e.id, plan);
    for (const ref of all(e, "organizer")) await participate(e, plan, ref, "ACTOR", factOf(e));
    for (const ref of all(e, "involved")) await participate(e, plan, ref, "SUBJECT", factOf(e));
  }

  // Links ------------------------------------------------------------------------------------
  const linkEnds: Record<string, [string, string, Predicate | null]> = {
    Membership: ["member", "organization", "MEMBER_OF"],
    Employment: ["employee", "employer", "EMPLOYED_BY"],
    Directorship: ["director", "organization", "COMMANDS"],
    UnknownLink: ["subject", "object", null],
    Representation: ["agent", "client", null],
    Ownership: ["owner", "asset", null],
  };
  const relationships: Json[] = [];
  const plannedLinks = new Set<string>();
  for (const e of ofRole("LINK")) {
    const [from, to, fixed] = linkEnds[e.schema] as [string, string, Predicate | null];
    const subjectRef = first(e, from);
    const objectRef = first(e, to);
    const roleText = first(e, "role");
    // A link from an entity to an event is how the exporter writes participants that FtM's
    // Event cannot hold (accounts, places): it becomes a participant again.
    const event = objectRef ? events.get(objectRef) : undefined;
    if (e.schema === "UnknownLink" && event && subjectRef) {
      const role =
        fromLowerForm(["ACTOR", "TARGET", "VICTIM", "ANNOUNCER", "SUBJECT"] as const, roleText?.replace(/^event\s+/i, "")) ??
        "SUBJECT";
      await participate(e, event, subjectRef, role, factOf(e));
      continue;
    }
    const subject = subjectRef ? await resolveEntity(subjectRef) : undefined;
    const object = objectRef ? await resolveEntity(objectRef) : undefined;
    if (!subject || !object) {
      const missing = !subject ? subjectRef : objectRef;
      skip(e, `its ${!subject ? from : to} "${missing ?? "(none)"}" is not an entity Casefile imported or stores`);
      continue;
    }
    if (subject.id === object.id) {
      skip(e, "it links an entity to itself");
      continue;
    }
    const predicate: Predicate = fixed ?? fromLowerForm(predicates, roleText) ?? "ASSOCIATED_WITH";
    const id = casefileIdFor(e.id, "casefile-rel-");
    const record: ImportedRecord = {
      ftmId: e.id,
      schema: e.schema,
      recordType: "RELATIONSHIP",
      casefileId: id,
      name: `${subject.name} ${lowerForm(predicate)} ${object.name}`,
    };
    const contentKey = `${subject.id}|${predicate}|${object.id}`;
    if (await exists("relationships", id)) {
      report.matched.push({ ...record, matchedBy: "id" });
      continue;
    }
    const sameLink = await tx.interop.sameRelationship(subject.id, predicate, object.id);
    if (sameLink || plannedLinks.has(contentKey)) {
      report.matched.push({ ...record, casefileId: sameLink ?? id, matchedBy: "content" });
      continue;
    }
    plannedLinks.add(contentKey);
    const startDate = dateOf(e, "startDate", "date");
    let endDate = dateOf(e, "endDate");
    if (startDate && endDate && !isOrdered(startDate, endDate)) {
      warn(e.id, `its end date ${endDate} is before its start date ${startDate}; the end date was left out`);
      endDate = null;
    }
    const unmapped =
      !fixed && roleText && !fromLowerForm(predicates, roleText)
        ? `${e.schema} (${roleText})`
        : !fixed && e.schema !== "UnknownLink"
          ? e.schema
          : null;
    const description = [unmapped ? `FollowTheMoney link: ${unmapped}` : null, textOf(e, "description")]
      .filter(Boolean)
      .join("\n");
    relationships.push({
      id,
      subject: subject.id,
      predicate,
      object: object.id,
      startDate,
      endDate,
      description: description.slice(0, 2000) || null,
      ...factOf(e),
      citations: await proofCitations(e),
    });
    report.created.push(record);
  }

  // Citations (Documentation) ----------------------------------------------------------------
  // The exporter folds charges into the court case and marks their citations "(count N)": such
  // a citation goes back to the stored charge with that count number.
  const charges = new Map<number, { id: string; isNew: boolean; form: Json; citations: Json[]; defendants: Json[] }>();
  const chargeOf = async (countNumber: number) => {
    let plan = charges.get(countNumber);
    if (!plan) {
      const row = await tx.interop.chargeByCount(caseId, countNumber);
      if (!row) return undefined;
      plan = { id: row.id, isNew: false, form: chargeBundleForm(row), citations: [], defendants: [] };
      charges.set(countNumber, plan);
    }
    return plan;
  };
  // Counts the case lacks, from the CourtCase's description (FtM has no schema for charges; the
  // exporter writes one line per count), and their defendants, from the parties' descriptions.
  for (const e of ofRole("CASE").slice(0, 1)) {
    for (const line of all(e, "description").flatMap((d) => d.split("\n"))) {
      const match = countLine.exec(line.trim());
      if (!match || (await chargeOf(Number(match[1])))) continue;
      const countNumber = Number(match[1]);
      const id = `${caseSlug}-charge-count-${countNumber}`;
      if (await exists("charges", id)) {
        warn(e.id, `count ${countNumber} was left out: the id "${id}" belongs to another case's charge`);
        continue;
      }
      const status = fromLowerForm(factStatuses, match[4]) ?? defaults.status;
      const form = {
        id,
        case: caseId,
        countNumber,
        title: match[2],
        statute: match[3],
        status,
        confidence: Math.min(100, Number(match[5])),
      };
      charges.set(countNumber, { id, isNew: true, form, citations: [], defendants: [] });
    }
  }
  for (const e of ofRole("PARTY")) {
    const party = await resolveEntity(first(e, "party") ?? "");
    if (!party) continue;
    for (const line of all(e, "description").flatMap((d) => d.split("\n"))) {
      const match = chargedLine.exec(line.trim());
      if (!match) continue;
      const charge = await chargeOf(Number(match[1]));
      if (!charge) {
        warn(e.id, `it is charged in count ${match[1]}, which the case does not have and the stream does not describe`);
        continue;
      }
      const linked =
        charge.defendants.some((d) => d.entity === party.id) || (await tx.interop.isChargeDefendant(charge.id, party.id));
      if (linked) continue;
      const status = fromLowerForm(factStatuses, match[2]) ?? defaults.status;
      charge.defendants.push({ entity: party.id, status, confidence: Math.min(100, Number(match[3])) });
    }
  }
  const caseCitations: Json[] = [];
  const plannedCitations = new Set<string>();
  for (const e of ofRole("DOCUMENTATION")) {
    const documentRef = first(e, "document");
    const targetRef = first(e, "entity");
    const source = documentRef ? await resolveSource(documentRef) : undefined;
    if (!source) {
      skip(e, `its document "${documentRef}" is not a source Casefile imported or stores`);
      continue;
    }
    let attach: Json[] | null = null;
    let target: { type: string; id: string } | null = null;
    const count = /\(count (\d+)\)/.exec(first(e, "role") ?? "")?.[1];
    const charge = count ? await chargeOf(Number(count)) : undefined;
    if (targetRef && courtCases.has(targetRef) && charge) {
      attach = charge.citations;
      target = { type: "CHARGE", id: charge.id };
    } else if (targetRef && courtCases.has(targetRef)) {
      attach = caseCitations;
      target = { type: "CASE", id: caseId };
    } else if (targetRef && events.has(targetRef)) {
      const event = events.get(targetRef) as EventPlan;
      attach = event.citations;
      target = { type: "EVENT", id: event.id };
    } else if (targetRef) {
      const entity = await resolveEntity(targetRef);
      if (entity) {
        attach = entity.citations;
        target = { type: "ENTITY", id: entity.id };
      }
    }
    if (!attach || !target) {
      skip(e, `it documents "${targetRef}", which Casefile did not import and does not store`);
      continue;
    }
    const id = casefileIdFor(e.id, "casefile-cit-");
    const record: ImportedRecord = { ftmId: e.id, schema: e.schema, recordType: "CITATION", casefileId: id };
    const quoteText = first(e, "summary");
    const descriptionLines = all(e, "description").flatMap((d) => d.split("\n"));
    const locator = descriptionLines
      .find((l) => l.startsWith("Locator: "))
      ?.slice("Locator: ".length)
      .trim();
    let note = descriptionLines.filter((l) => !l.startsWith("Locator: ")).join("\n") || null;
    let quote: Json | undefined;
    if (quoteText && source.text) {
      const anchored = anchorQuote(source.text, { exact: quoteText });
      if ("anchor" in anchored)
        quote = { exact: anchored.anchor.exact, prefix: anchored.anchor.prefix, suffix: anchored.anchor.suffix };
      else warn(e.id, `its quote could not be anchored (${anchored.error}); it is kept in the citation's note`);
    }
    if (quoteText && !quote) note = [`Quote: "${quoteText}"`, note].filter(Boolean).join("\n");
    const field = /^citation[^:]*: ([a-zA-Z]+)$/.exec(first(e, "role") ?? "")?.[1];
    const contentKey = `${source.id}|${target.type}|${target.id}|${quote?.exact ?? locator ?? note ?? ""}`;
    // The same citation already stored: same source, same target, same passage. The exporter
    // puts citations of an event's participants on the event, so those count for the event too.
    const stored = await tx.interop.sameCitation(
      id,
      source.id,
      (quote?.exact as string | undefined) ?? locator ?? note ?? "",
      target,
      target.type === "EVENT" ? target.id : "",
    );
    if (stored || plannedCitations.has(contentKey)) {
      report.matched.push({ ...record, casefileId: stored ?? id, matchedBy: stored === id ? "id" : "content" });
      continue;
    }
    plannedCitations.add(contentKey);
    attach.push({
      id,
      source: source.id,
      field,
      ...(quote ? { quote } : { locator: (locator ?? "(FollowTheMoney documentation; no passage given)").slice(0, 200) }),
      note: note?.slice(0, 5000) ?? undefined,
    });
    report.created.push(record);
  }

  // The bundle -------------------------------------------------------------------------------
  // Notes (annotations) ----------------------------------------------------------------------
  // A Note on the case, an entity, a new source or an event becomes an annotation of it
  // (authored by the built-in seed account: FtM does not say who wrote it).
  const caseAnnotations: Json[] = [];
  for (const e of ofRole("NOTE")) {
    const targetRef = first(e, "entity");
    const body = textOf(e, "description") ?? first(e, "name");
    let attach: Json[] | null = null;
    if (targetRef && courtCases.has(targetRef)) {
      attach = caseAnnotations;
    } else if (targetRef && events.has(targetRef)) {
      const event = events.get(targetRef) as EventPlan;
      attach = event.annotations;
    } else if (targetRef && sources.get(targetRef)?.form) {
      const form = sources.get(targetRef)?.form as Json;
      form.annotations ??= [];
      attach = form.annotations as Json[];
    } else if (targetRef) {
      const entity = await resolveEntity(targetRef);
      if (entity) {
        attach = entity.annotations;
      }
    }
    if (!attach || !body) {
      skip(
        e,
        body ? `it is a note on "${targetRef}", which Casefile did not import (or is a stored source)` : "it is an empty note",
      );
      continue;
    }
    const marker = /^Casefile annotation: (OPEN|RESOLVED)(?:; tags: (.*))?$/.exec(first(e, "notes") ?? "");
    const tags = (marker?.[2] ?? "").split(" ").filter((t) => /^[\p{L}\p{N}_-]{1,40}$/u.test(t));
    attach.push({
      id: casefileIdFor(e.id, "casefile-note-"),
      body: body.slice(0, 20_000),
      ...(tags.length ? { tags } : {}),
      ...(marker ? { status: marker[1] } : {}),
    });
  }

  const bundleEntities = [...entities.values(), ...existingForms.values()]
    .filter((plan, i, list) => list.findIndex((p) => p.id === plan.id) === i)
    .filter((plan) => plan.isNew || plan.roles.length > 0 || plan.citations.length > 0 || plan.annotations.length > 0)
    .map((plan) => ({
      ...plan.form,
      ...(plan.roles.length ? { roles: plan.roles } : {}),
      ...(plan.citations.length ? { citations: plan.citations } : {}),
      ...(plan.annotations.length ? { annotations: plan.annotations } : {}),
    }));
  const bundleEvents = [...events.values()]
    .filter((ev) => ev.isNew || ev.participants.size > 0 || ev.citations.length > 0 || ev.annotations.length > 0)
    .map((ev) => ({
      ...ev.form,
      ...(ev.participants.size ? { participants: [...ev.participants.values()] } : {}),
      ...(ev.citations.length ? { citations: ev.citations } : {}),
      ...(ev.annotations.length ? { annotations: ev.annotations } : {}),
    }));
  const bundleCharges = [...charges.values()]
    .filter((ch) => ch.isNew || ch.citations.length > 0 || ch.defendants.length > 0)
    .map((ch) => ({
      ...ch.form,
      ...(ch.citations.length ? { citations: ch.citations } : {}),
      ...(ch.defendants.length ? { defendants: ch.defendants } : {}),
    }));
  const bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    description: `FollowTheMoney import into ${caseSlug}`,
    cases:
      caseCitations.length || caseAnnotations.length || isNewCase
        ? [
            {
              ...caseBundleForm(caseRow),
              ...(caseCitations.length ? { citations: caseCitations } : {}),
              ...(caseAnnotations.length ? { annotations: caseAnnotations } : {}),
            },
          ]
        : [],
    sources: [...sources.values()].flatMap((s) => (s.form ? [s.form] : [])),
    entities: bundleEntities,
    relationships,
    events: bundleEvents,
    charges: bundleCharges,
  };
  // Existing records named in the bundle (to hang new roles and citations on) come in their
  // stored form: the loader upserts by id and finds them unchanged.
  return { report, bundle };
}

/**
 * The case a stream carries, for a database that does not hold it yet: its first CourtCase,
 * under the slug asked for, keeping the Casefile id the export gave it when that id is free.
 */
async function caseFromStream(
  stream: FtmEntity[],
  caseSlug: string,
  caseIdTaken: (id: string) => Promise<boolean>,
): Promise<CaseRow> {
  const courtCase = stream.find((e) => e.schema === "CourtCase");
  if (!courtCase) {
    throw new InteropError(
      "NOT_FOUND",
      `Case "${caseSlug}" was not found, and the stream carries no CourtCase to create it from: create it first with \`casefile create-case --slug ${caseSlug} --caption ...\``,
    );
  }
  const value = (property: string) => courtCase.properties[property]?.[0]?.trim() || null;
  const fromExport = courtCase.id.startsWith("casefile-case-") ? courtCase.id.slice("casefile-case-".length) : null;
  const id = fromExport && bundleKey.test(fromExport) && !(await caseIdTaken(fromExport)) ? fromExport : caseSlug;
  const filed = value("fileDate")?.slice(0, 10) ?? null;
  const filedDate = filed && isParsedDate(parsePartialDate(filed)) ? filed : null;
  const now = new Date().toISOString();
  return {
    id,
    slug: caseSlug,
    caption: value("name") ?? caseSlug,
    shortTitle: value("alias"),
    docketNumber: value("caseNumber"),
    court: value("court"),
    jurisdiction: value("country") ? (countryName(value("country") as string) ?? null) : null,
    status: fromLowerForm(caseStatuses, value("status") ?? undefined) ?? "INVESTIGATION",
    filedDate,
    filedDatePrecision: filedDate
      ? (parsePartialDate(filedDate) as { precision: CaseRow["filedDatePrecision"] }).precision
      : null,
    summary: value("summary"),
    version: 1,
    createdAt: now,
    updatedAt: now,
  } as CaseRow;
}

/**
 * Loads the bundle with the bundle loader of @casefile/db/seed (which the SQLite engine
 * provides): in its own transaction, or inside a dry run's (which is rolled back).
 */
function writeBundle(store: SqliteStore, bundle: unknown, actorId: string | null): FtmImportReport["rows"] {
  try {
    const load = loadBundle(store, bundle, { actorId });
    return { created: load.created, updated: load.updated, unchanged: load.unchanged };
  } catch (error) {
    if (error instanceof BundleError) {
      throw InteropError.badInput(
        "The FtM stream could not be imported; nothing was written. The problems, by path in the bundle it was turned into:",
        error.issues,
      );
    }
    throw error;
  }
}

function isOrdered(start: string, end: string): boolean {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  return !isParsedDate(a) || !isParsedDate(b) || b.latest >= a.earliest;
}

function httpUrl(value: string | undefined): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value : null;
  } catch {
    return null;
  }
}

/** Stored, unmerged entities whose name or aliases contain every word of one of `names`. */
async function findEntitiesByNames(tx: Reader, names: string[]): Promise<EntityRow[]> {
  const found = new Map<string, EntityRow>();
  for (const name of new Set(names)) {
    for (const row of await tx.interop.entitiesNamed(name)) found.set(row.id, row);
  }
  return [...found.values()];
}

function newEntityForm(
  e: FtmEntity,
  kind: EntityKind,
  name: string,
  id: string,
  fact: { status: FactStatus; confidence: number },
  description: string | null,
  warn: (ftmId: string, message: string) => void,
): Json {
  const values = (p: string) => e.properties[p] ?? [];
  const firstOf = (p: string) => values(p)[0];
  const trimmedName = name.slice(0, 300);
  if (trimmedName !== name) warn(e.id, "its name is longer than 300 characters and was cut");
  const seen = new Set([trimmedName.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of [
    ...values("name").slice(1),
    ...values("alias"),
    ...values("previousName"),
    ...values("weakAlias"),
    ...values("username"),
  ]) {
    const key = alias.toLowerCase();
    if (seen.has(key) || alias.length > 300 || aliases.length >= 200) continue;
    seen.add(key);
    aliases.push(alias);
  }
  const country = firstOf("country") ?? firstOf("jurisdiction") ?? firstOf("mainCountry");
  const base: Json = { id, kind, name: trimmedName, aliases, description, ...fact };
  switch (kind) {
    case "PERSON": {
      const birth = firstOf("birthDate")?.slice(0, 10);
      return {
        ...base,
        rank: firstOf("title")?.slice(0, 200) ?? null,
        position: values("position").join("; ").slice(0, 300) || null,
        nationality: firstOf("nationality") ? nationalityName(firstOf("nationality") as string).slice(0, 100) : null,
        birthDate: birth && isParsedDate(parsePartialDate(birth)) ? birth : null,
      };
    }
    case "ORGANIZATION":
      return { ...base, organizationKind: organizationKindOf(e), country: country ? countryName(country) : null };
    case "ONLINE_PERSONA": {
      const service = firstOf("service");
      const isWebsite = service?.toLowerCase() === "website" || firstOf("keywords") === "website";
      return {
        ...base,
        personaKind: isWebsite ? "WEBSITE" : "ACCOUNT",
        platform: isWebsite ? null : (service?.slice(0, 200) ?? null),
        url: httpUrl(firstOf("sourceUrl")),
      };
    }
    default: {
      const keyword = fromLowerForm(["COUNTRY", "REGION", "CITY", "ADDRESS", "OTHER"] as const, firstOf("keywords"));
      const placeKind =
        keyword ??
        (firstOf("street") ? "ADDRESS" : firstOf("city") ? "CITY" : firstOf("region") || firstOf("state") ? "REGION" : "OTHER");
      return { ...base, placeKind, country: country ? countryName(country) : null };
    }
  }
}

function organizationKindOf(e: FtmEntity): OrganizationKind {
  const classified = fromLowerForm(organizationKinds, e.properties.classification?.[0]);
  if (classified) return classified;
  const topics = new Set(e.properties.topics ?? []);
  if (topics.has("mil")) return "MILITARY_UNIT";
  if (topics.has("gov.security")) return "INTELLIGENCE_AGENCY";
  if (topics.has("pol.party")) return "POLITICAL_PARTY";
  if (e.schema === "Company") return "COMPANY";
  if (e.schema === "PublicBody" || [...topics].some((t) => t.startsWith("gov"))) return "GOVERNMENT_BODY";
  return "OTHER";
}
