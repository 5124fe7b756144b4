/**
 * Interoperability writes: a source from pasted content, accepting and rejecting mention
 * suggestions, and FollowTheMoney imports. Each checks the role first, validates its input with
 * the shared validator, and writes through the existing services (createSource, createEntity,
 * createCaseRole, createCitation: revisions included) or the bundle loader, in one transaction.
 */
import { writeTransaction } from "@casefile/db";
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
import { requireEditor } from "../../lib/access.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { linkedEntity, linkedRow } from "../../lib/lookup.js";
import { type Row, readRow } from "../../lib/records.js";
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
  const prepared = fromInterop(
    () => prepareSourceText({ format: (format ?? "AUTO").toLowerCase() as "auto", content }),
    "input.content",
  );
  const sourceTitle = title ?? prepared.title;
  if (!sourceTitle)
    throw fieldError("title", "title is required: the content has no title of its own (no <title>, <h1> or # heading)");
  const written = await createSource(ctx, { ...fields, title: sourceTitle, text: prepared.text });
  return { ...written, format: prepared.format.toUpperCase() as SourceTextFormatName };
}

function sourceWithText(ctx: Context, sourceId: string): Row & { text: string } {
  const source = linkedRow(ctx, sourceId, ["Source"], "sourceId", "source");
  if (source.text === null) throw fieldError("sourceId", "this source has no text, so nothing is suggested for it");
  return source as Row & { text: string };
}

export interface AcceptedSuggestion {
  citation: Row;
  entity: Row;
  isNewEntity: boolean;
  caseRole: Row | null;
}

/**
 * Accepts a suggestion in one transaction: creates the entity if it is a candidate, gives it a
 * role in the case when `caseSlug` is given and it has none there, and cites it with the quote.
 */
export async function acceptMentionSuggestion(ctx: Context, input: unknown): Promise<AcceptedSuggestion> {
  requireEditor(ctx);
  const { sourceId, key, caseSlug, name, role } = parseInput(acceptMentionSuggestionInput, input);
  return ctx.store.write(async (tx) => {
    const source = sourceWithText(ctx, sourceId);
    const caseId = caseSlug ? caseIdOfSlug(ctx.store, caseSlug, "$.input.caseSlug") : null;
    const accepted = fromInterop(
      () => acceptMention(ctx.store, source.id, key, { ...(caseSlug ? { caseSlug } : {}), ...(name ? { name } : {}) }),
      "input.key",
    );
    if (isCited(citedSpans(ctx.store, source.id), accepted.suggestion)) {
      throw fieldError("key", `"${accepted.suggestion.text}" at this place is already cited for this entity`);
    }
    let entity: Row;
    let isNewEntity = false;
    if (accepted.action === "CITE_ENTITY") {
      entity = linkedEntity(
        ctx,
        toGlobalId(entityTypeNames[accepted.suggestion.entity?.kind ?? "PERSON"], accepted.entityId),
        "key",
      );
    } else {
      entity = (await createEntityIn(ctx, tx, accepted.entity as Record<string, unknown>)) as unknown as Row;
      isNewEntity = true;
    }
    const entityGlobalId = toGlobalId(entityTypeNames[entity.kind as EntityKind], entity.id);
    let caseRole: Row | null = null;
    if (caseId) {
      const hasRole = ctx.queries.value<number>("SELECT 1 FROM case_roles WHERE case_id = ? AND entity_id = ?", [
        caseId,
        entity.id,
      ]);
      if (!hasRole) {
        caseRole = await createCaseRoleIn(ctx, tx, {
          caseId: toGlobalId("Case", caseId),
          entityId: entityGlobalId,
          role: role ?? "OTHER",
          status: "REPORTED",
        });
      }
    }
    const citation = await createCitationIn(ctx, tx, { sourceId, targetId: entityGlobalId, quote: accepted.citation.quote });
    // Accepting overrides an earlier rejection of the same mention.
    ctx.queries.run("DELETE FROM mention_rejections WHERE source_id = ? AND key = ?", [source.id, key]);
    return { citation, entity: readRow(ctx, "entities", entity.id) as Row, isNewEntity, caseRole };
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
export function rejectMentionSuggestion(ctx: Context, input: unknown): { source: Row; key: string } {
  const viewer = requireEditor(ctx);
  const { sourceId, key } = parseInput(rejectMentionSuggestionInput, input);
  return writeTransaction(ctx.store, () => {
    const source = sourceWithText(ctx, sourceId);
    if (!isKeyOf(source.id, source.text, key)) {
      throw fieldError("key", "not the key of a mention in this source's text: use a key from Source.mentionSuggestions");
    }
    ctx.queries.run(
      `INSERT INTO mention_rejections (source_id, key, text_version, rejected_by_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (source_id, key) DO UPDATE SET text_version = excluded.text_version, rejected_by_id = excluded.rejected_by_id,
         rejected_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      [source.id, key, source.textVersion, viewer.userId],
    );
    return { source, key };
  });
}

// FollowTheMoney import ---------------------------------------------------------------------------

export interface ReportRecord {
  ftmId: string;
  schema: string;
  recordType: string;
  typeName: NodeTypeName;
  id: string;
  name: string | null;
  matchedBy: string | null;
}

export interface ImportReport extends Omit<FtmImportReport, "created" | "matched" | "possibleDuplicates"> {
  created: ReportRecord[];
  matched: ReportRecord[];
  possibleDuplicates: {
    ftmId: string;
    name: string;
    kind: string;
    typeName: NodeTypeName;
    id: string;
    candidates: { id: string; typeName: NodeTypeName; name: string; kind: string; isInStream: boolean; reasons: string[] }[];
  }[];
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
export function importFtm(ctx: Context, input: unknown): ImportReport {
  const viewer = requireEditor(ctx);
  const parsed = parseInput(importFtmInput, input);
  caseIdOfSlug(ctx.store, parsed.caseSlug, "$.input.caseSlug");
  const resolutions: Record<string, string> = {};
  (parsed.resolutions ?? []).forEach((r, i) => {
    if (r.isNew) {
      resolutions[r.ftmId] = "new";
      return;
    }
    const field = `resolutions.${i}.entityId`;
    const { id } = decodeId(r.entityId as string, entityTypes, field);
    if (!readRow(ctx, "entities", id)) throw fieldError(field, "there is no entity with this ID");
    resolutions[r.ftmId] = id;
  });
  const report = fromInterop(
    () =>
      runFtmImport(ctx.store, parsed.caseSlug, parsed.jsonLines, {
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
function withTypeNames(ctx: Context, report: FtmImportReport): ImportReport {
  const kindOf = (id: string) => ctx.queries.value<EntityKind>("SELECT kind FROM entities WHERE id = ?", [id]);
  const entityType = (id: string, fallback: EntityKind | "SOURCE") =>
    fallback === "SOURCE" ? "Source" : entityTypeNames[kindOf(id) ?? fallback];
  const record = (r: FtmImportReport["created"][number]): ReportRecord => {
    const isCase = r.schema === "CourtCase";
    const typeName: NodeTypeName = isCase
      ? "Case"
      : r.recordType === "ENTITY"
        ? entityTypeNames[kindOf(r.casefileId) ?? entityKindOf(r.schema)]
        : (importedTypeNames[r.recordType] as NodeTypeName);
    return {
      ftmId: r.ftmId,
      schema: r.schema,
      recordType: isCase ? "CASE" : r.recordType,
      typeName,
      id: r.casefileId,
      name: r.name ?? null,
      matchedBy: r.matchedBy ? r.matchedBy.toUpperCase() : null,
    };
  };
  return {
    ...report,
    created: report.created.map(record),
    matched: report.matched.map(record),
    possibleDuplicates: report.possibleDuplicates.map((d) => ({
      ftmId: d.ftmId,
      name: d.name,
      kind: d.kind,
      typeName: entityType(d.casefileId, d.kind),
      id: d.casefileId,
      candidates: d.candidates.map((c) => ({
        id: c.casefileId,
        typeName: entityType(c.casefileId, c.kind),
        name: c.name,
        kind: c.kind,
        isInStream: c.isInStream,
        reasons: c.reasons,
      })),
    })),
  };
}
