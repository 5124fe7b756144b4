/**
 * Interoperability writes: a source from pasted content, accepting and rejecting mention
 * suggestions, and FollowTheMoney imports. Each checks the role first, validates its input with
 * the shared validator, and writes through the existing services (createSource, createEntity,
 * createCaseRole, createCitation: revisions included) or the bundle loader, in one transaction.
 */
import { sqliteEngineOf, type Tx } from "@casefile/db";
import type { CaseRoleRow, CitationRow, EntityRow, SourceRow } from "@casefile/db/tables";
import { entityKindOf, type FtmImportReport, importFtm as runFtmImport } from "@casefile/interop/ftm";
import { prepareSourceText } from "@casefile/interop/ingest";
import { acceptMention, type MentionKind, suggestionKey } from "@casefile/interop/mentions";
import { type EntityKind, entityTypeNames } from "@casefile/schema/enums";
import { type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import {
  acceptMentionSuggestionInput,
  createSourceFromTextInput,
  importFtmInput,
  rejectMentionSuggestionInput,
} from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import type { ImportedRecordType } from "../../generated/graphql.js";
import { requireEditor } from "../../lib/access.js";
import { linkedEntity } from "../../lib/find.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { entityTypes } from "../../lib/resolve.js";
import { createCaseRoleIn } from "../cases/mutations.js";
import { createEntityIn } from "../entities/mutations.js";
import { createCitationIn, createSource, type SourceWrite } from "../sources/mutations.js";
import { caseIdOfSlug, citedSpans, fromInterop, isCited } from "./service.js";

export type SourceTextFormatName = "TEXT" | "MARKDOWN" | "HTML";

/** Creates a source holding the plain text reduced from pasted text, Markdown or HTML. */
export async function createSourceFromText(
  ctx: Context,
  input: unknown,
): Promise<SourceWrite & { format: SourceTextFormatName }> {
  requireEditor(ctx);
  const { content, format, title, ...fields } = parseInput(createSourceFromTextInput, input);
  const prepared = await fromInterop(
    () => prepareSourceText({ format: (format ?? "AUTO").toLowerCase() as "auto", content }),
    "input.content",
  );
  const sourceTitle = title ?? prepared.title;
  if (!sourceTitle)
    throw fieldError("title", "title is required: the content has no title of its own (no <title>, <h1> or # heading)");
  const written = await createSource(ctx, { ...fields, title: sourceTitle, text: prepared.text });
  return { ...written, format: prepared.format.toUpperCase() as SourceTextFormatName };
}

/** The source a mutation names, which must have a text. */
async function sourceWithText(tx: Tx, sourceId: string): Promise<SourceRow & { text: string }> {
  const { id } = decodeId(sourceId, ["Source"], "sourceId");
  const source = await tx.records.read("sources", id);
  if (!source) throw fieldError("sourceId", "there is no source with this ID");
  if (source.text === null) throw fieldError("sourceId", "this source has no text, so nothing is suggested for it");
  return { ...source, text: source.text };
}

export interface AcceptedSuggestion {
  citation: CitationRow;
  entity: EntityRow;
  isNewEntity: boolean;
  caseRole: CaseRoleRow | null;
}

/**
 * Accepts a suggestion in one transaction: creates the entity if it is a candidate, gives it a
 * role in the case when `caseSlug` is given and it has none there, and cites it with the quote.
 */
export async function acceptMentionSuggestion(ctx: Context, input: unknown): Promise<AcceptedSuggestion> {
  requireEditor(ctx);
  const { sourceId, key, caseSlug, name, role } = parseInput(acceptMentionSuggestionInput, input);
  return ctx.store.write(async (tx) => {
    const source = await sourceWithText(tx, sourceId);
    const caseId = caseSlug ? await caseIdOfSlug(tx, caseSlug, "$.input.caseSlug") : null;
    const accepted = await fromInterop(
      () => acceptMention(tx, source.id, key, { ...(caseSlug ? { caseSlug } : {}), ...(name ? { name } : {}) }),
      "input.key",
    );
    if (isCited(await citedSpans(tx, source.id), accepted.suggestion)) {
      throw fieldError("key", `"${accepted.suggestion.text}" at this place is already cited for this entity`);
    }
    // The entity, case role and citation are written by their own services, inside this transaction.
    let entity: EntityRow;
    let isNewEntity = false;
    if (accepted.action === "CITE_ENTITY") {
      entity = await linkedEntity(
        tx,
        toGlobalId(entityTypeNames[accepted.suggestion.entity?.kind ?? "PERSON"], accepted.entityId),
        "key",
      );
    } else {
      entity = await createEntityIn(ctx, tx, accepted.entity as Record<string, unknown>);
      isNewEntity = true;
    }
    const entityGlobalId = toGlobalId(entityTypeNames[entity.kind as EntityKind], entity.id);
    let caseRole: CaseRoleRow | null = null;
    if (caseId && !(await tx.interop.hasCaseRole(caseId, entity.id))) {
      caseRole = await createCaseRoleIn(ctx, tx, {
        caseId: toGlobalId("Case", caseId),
        entityId: entityGlobalId,
        role: role ?? "OTHER",
        status: "REPORTED",
      });
    }
    const citation = await createCitationIn(ctx, tx, { sourceId, targetId: entityGlobalId, quote: accepted.citation.quote });
    // Accepting overrides an earlier rejection of the same mention.
    await tx.interop.forgetRejection(source.id, key);
    const after = await tx.records.read("entities", entity.id);
    if (!after) throw new Error(`entity ${entity.id} vanished while a mention of it was accepted`);
    return { citation, entity: after, isNewEntity, caseRole };
  });
}

const mentionKinds: readonly MentionKind[] = ["ENTITY", "PERSON", "ORGANIZATION", "PLACE"];

/** True when `key` is the key of a mention that starts at its offset in `text`. */
function isKeyOf(sourceId: string, text: string, key: string): boolean {
  const parts = key.split("|");
  if (parts.length < 4 || parts[0] !== sourceId) return false;
  const kind = parts[1] as MentionKind;
  const start = Number(parts[parts.length - 1]);
  if (!mentionKinds.includes(kind) || !Number.isInteger(start) || start < 0 || start >= text.length) return false;
  // The key holds the normalized mention, not its length: try the lengths a name can have.
  for (let end = start + 1; end <= Math.min(text.length, start + 300); end++) {
    if (suggestionKey(sourceId, kind, text.slice(start, end), start) === key) return true;
  }
  return false;
}

/** Records that a suggestion was rejected for a source: it is no longer suggested there. */
export async function rejectMentionSuggestion(ctx: Context, input: unknown): Promise<{ source: SourceRow; key: string }> {
  const viewer = requireEditor(ctx);
  const { sourceId, key } = parseInput(rejectMentionSuggestionInput, input);
  return ctx.store.write(async (tx) => {
    const source = await sourceWithText(tx, sourceId);
    if (!isKeyOf(source.id, source.text, key)) {
      throw fieldError("key", "not the key of a mention in this source's text: use a key from Source.mentionSuggestions");
    }
    await tx.interop.rejectMention(source.id, key, source.textVersion, viewer.userId);
    return { source, key };
  });
}

// FollowTheMoney import ---------------------------------------------------------------------------

export interface ReportRecord {
  ftmId: string;
  schema: string;
  recordType: ImportedRecordType;
  typeName: NodeTypeName;
  id: string;
  name: string | null;
  matchedBy: string | null;
}

/** A stored record an imported one may duplicate. */
export interface DuplicateCandidate {
  id: string;
  typeName: NodeTypeName;
  name: string;
  kind: string;
  isInStream: boolean;
  reasons: string[];
}

/** An imported record that may duplicate stored ones. */
export interface PossibleDuplicate {
  ftmId: string;
  name: string;
  kind: string;
  typeName: NodeTypeName;
  id: string;
  candidates: DuplicateCandidate[];
}

export interface ImportReport extends Omit<FtmImportReport, "created" | "matched" | "possibleDuplicates"> {
  created: ReportRecord[];
  matched: ReportRecord[];
  possibleDuplicates: PossibleDuplicate[];
}

const importedTypeNames: Record<string, NodeTypeName> = {
  SOURCE: "Source",
  RELATIONSHIP: "Relationship",
  EVENT: "Event",
  CASE_ROLE: "CaseRole",
  CITATION: "Citation",
};

/**
 * Imports an FtM stream into a case (see @casefile/interop's README): matched by id, possible
 * duplicates created and reported, never merged. A dry run writes nothing.
 */
export async function importFtm(ctx: Context, input: unknown): Promise<ImportReport> {
  const viewer = requireEditor(ctx);
  const parsed = parseInput(importFtmInput, input);
  await caseIdOfSlug(ctx.store, parsed.caseSlug, "$.input.caseSlug");
  const resolutions: Record<string, string> = {};
  for (const [i, r] of (parsed.resolutions ?? []).entries()) {
    if (r.isNew) {
      resolutions[r.ftmId] = "new";
      continue;
    }
    const field = `resolutions.${i}.entityId`;
    const { id } = decodeId(r.entityId as string, entityTypes, field);
    if (!(await ctx.store.records.read("entities", id))) throw fieldError(field, "there is no entity with this ID");
    resolutions[r.ftmId] = id;
  }
  const report = await fromInterop(
    () =>
      runFtmImport(sqliteEngineOf(ctx.store, "A FollowTheMoney import"), parsed.caseSlug, parsed.jsonLines, {
        dryRun: parsed.isDryRun ?? false,
        resolutions,
        ...(parsed.status ? { status: parsed.status } : {}),
        ...(parsed.confidence != null ? { confidence: parsed.confidence } : {}),
        ...(parsed.defaultRole ? { defaultRole: parsed.defaultRole } : {}),
        actorId: viewer.userId,
      }),
    "input.jsonLines",
  );
  return withTypeNames(ctx, report);
}

/** The report's records with the API type each id is a global ID of. */
async function withTypeNames(ctx: Context, report: FtmImportReport): Promise<ImportReport> {
  const kindOf = (id: string) => ctx.store.interop.entityKind(id);
  const entityType = async (id: string, fallback: EntityKind | "SOURCE"): Promise<NodeTypeName> =>
    fallback === "SOURCE" ? "Source" : entityTypeNames[(await kindOf(id)) ?? fallback];
  const record = async (r: FtmImportReport["created"][number]): Promise<ReportRecord> => {
    const isCase = r.schema === "CourtCase";
    const typeName: NodeTypeName = isCase
      ? "Case"
      : r.recordType === "ENTITY"
        ? entityTypeNames[(await kindOf(r.casefileId)) ?? entityKindOf(r.schema)]
        : (importedTypeNames[r.recordType] as NodeTypeName);
    return {
      ftmId: r.ftmId,
      schema: r.schema,
      recordType: isCase ? "CASE" : (r.recordType as ImportedRecordType),
      typeName,
      id: r.casefileId,
      name: r.name ?? null,
      matchedBy: r.matchedBy ? r.matchedBy.toUpperCase() : null,
    };
  };
  // One at a time, in the report's order.
  const created: ReportRecord[] = [];
  for (const r of report.created) created.push(await record(r));
  const matched: ReportRecord[] = [];
  for (const r of report.matched) matched.push(await record(r));
  const possibleDuplicates: ImportReport["possibleDuplicates"] = [];
  for (const d of report.possibleDuplicates) {
    const typeName = await entityType(d.casefileId, d.kind);
    const candidates: ImportReport["possibleDuplicates"][number]["candidates"] = [];
    for (const c of d.candidates) {
      candidates.push({
        id: c.casefileId,
        typeName: await entityType(c.casefileId, c.kind),
        name: c.name,
        kind: c.kind,
        isInStream: c.isInStream,
        reasons: c.reasons,
      });
    }
    possibleDuplicates.push({ ftmId: d.ftmId, name: d.name, kind: d.kind, typeName, id: d.casefileId, candidates });
  }
  return { ...report, created, matched, possibleDuplicates };
}
