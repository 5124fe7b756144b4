/**
 * Interoperability reads: exports of a case (or of everything) as files, and mention suggestions
 * for a source text. The work is done by @casefile/interop; this module scopes it, maps its
 * errors onto AppError and its local ids onto global IDs. The CLI calls the same functions.
 */
import { type Store, sqliteEngineOf } from "@casefile/db";
import { exportBundle } from "@casefile/db/seed";
import { type CsvRecordType, exportCsv } from "@casefile/interop/csv";
import { InteropError } from "@casefile/interop/errors";
import { exportCaseFtm, type FtmSkipped, toFtmJsonLines } from "@casefile/interop/ftm";
import { type MentionSuggestion, suggestMentions } from "@casefile/interop/mentions";

/** A mention suggestion as @casefile/interop makes it: the parent of the MentionSuggestion resolvers. */
export type SuggestionShape = MentionSuggestion;

import { exportWebAnnotations } from "@casefile/interop/web-annotation";
import { entityTypeNames, type UserRole } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import { urlSchema } from "@casefile/schema/validators";
import type { ExportFormat } from "../../generated/graphql.js";
import { isRoleAtLeast } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";

/**
 * Runs an @casefile/interop call, turning its InteropError into the AppError with the same code,
 * message and details. Issues of an input error are also listed as `fields` under `field` (the
 * argument or input field they concern), as every BAD_USER_INPUT of the API lists them.
 */
export async function fromInterop<T>(run: () => T | Promise<T>, field?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InteropError)) throw error;
    const issues = error.details.issues ?? [];
    const fields =
      error.code === "BAD_USER_INPUT" && field
        ? issues.length > 0
          ? issues.map((i) => ({ path: `$.${field}`, message: `${i.path}: ${i.message}` }))
          : [{ path: `$.${field}`, message: error.message }]
        : undefined;
    throw new AppError(error.code, error.message, { ...error.details, ...(fields ? { fields } : {}) });
  }
}

/** The case a slug names; an unknown slug is an input error naming the argument. */
export async function caseIdOfSlug(store: Pick<Store, "interop">, slug: string, path: string): Promise<string> {
  const id = await store.interop.caseIdBySlug(slug);
  if (!id) {
    throw AppError.badInput(`there is no case with slug "${slug}"`, [
      { path, message: "unknown case slug; list cases with the `cases` query" },
    ]);
  }
  return id;
}

export interface Skipped {
  recordType: string;
  /** The Casefile local id. */
  id: string;
  /** The API type of the record, when the API serves it. */
  typeName: NodeTypeName | null;
  reason: string;
}

export interface ExportedFile {
  filename: string;
  contentType: string;
  content: string;
  skipped: Skipped[];
}

export const csvFormats: Record<`CSV_${Uppercase<CsvRecordType>}`, CsvRecordType> = {
  CSV_ENTITIES: "entities",
  CSV_RELATIONSHIPS: "relationships",
  CSV_EVENTS: "events",
  CSV_CHARGES: "charges",
  CSV_SOURCES: "sources",
  CSV_CITATIONS: "citations",
  CSV_ANNOTATIONS: "annotations",
};

const skippedTypeNames: Record<string, NodeTypeName> = { ...entityTypeNames, ...targetTypeNames, CITATION: "Citation" };

const toSkipped = (s: FtmSkipped): Skipped => ({ ...s, typeName: skippedTypeNames[s.recordType] ?? null });

export const webAnnotationContentType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/**
 * A case (or, without `caseSlug`, the whole database) as a file in `format`. FTM_JSONL needs a
 * case. Rejected mention suggestions are working data of the editing flow: no format holds them.
 */
export async function exportFile(
  store: Store,
  options: { format: ExportFormat; caseSlug?: string | null; baseUrl?: string | null; viewerRole?: UserRole },
): Promise<ExportedFile> {
  const { format } = options;
  const caseSlug = options.caseSlug ?? undefined;
  if (caseSlug !== undefined) await caseIdOfSlug(store, caseSlug, "$.caseSlug");
  const stem = caseSlug ?? "casefile";
  if (options.baseUrl != null) {
    if (format !== "WEB_ANNOTATION_JSONLD") {
      throw AppError.badInput("baseUrl is only used by WEB_ANNOTATION_JSONLD", [
        { path: "$.baseUrl", message: "leave it out for this format" },
      ]);
    }
    const checked = urlSchema.safeParse(options.baseUrl);
    if (!checked.success)
      throw AppError.badInput(`baseUrl: ${checked.error.issues[0]?.message}`, [
        { path: "$.baseUrl", message: checked.error.issues[0]?.message ?? "invalid" },
      ]);
  }
  switch (format) {
    case "BUNDLE_JSON":
      // The bundle lists the accounts of the authors with their email addresses, which only admins may see.
      if (options.viewerRole && !isRoleAtLeast(options.viewerRole, "ADMIN")) {
        throw new AppError(
          "FORBIDDEN",
          "an import bundle holds account email addresses: it needs the ADMIN role (the other formats do not)",
          {
            requiredRole: "ADMIN",
          },
        );
      }
      return {
        filename: `${stem}.bundle.json`,
        contentType: "application/json",
        content: `${JSON.stringify(exportBundle(sqliteEngineOf(store, "A bundle export"), caseSlug), null, 2)}\n`,
        skipped: [],
      };
    case "FTM_JSONL": {
      if (caseSlug === undefined) {
        throw AppError.badInput("a FollowTheMoney export is of one case: give caseSlug", [
          { path: "$.caseSlug", message: "required for FTM_JSONL" },
        ]);
      }
      const { entities, skipped } = await fromInterop(
        () => exportCaseFtm(sqliteEngineOf(store, "A FollowTheMoney export"), caseSlug),
        "caseSlug",
      );
      return {
        filename: `${stem}.ftm.json`,
        contentType: "application/x-ndjson",
        content: toFtmJsonLines(entities),
        skipped: skipped.map(toSkipped),
      };
    }
    case "WEB_ANNOTATION_JSONLD": {
      const collection = await fromInterop(() =>
        exportWebAnnotations(store, {
          ...(caseSlug ? { caseSlug } : {}),
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        }),
      );
      return {
        filename: `${stem}.annotations.jsonld`,
        contentType: webAnnotationContentType,
        content: `${JSON.stringify(collection, null, 2)}\n`,
        skipped: [],
      };
    }
    default: {
      const recordType = csvFormats[format];
      return {
        filename: `${stem}-${recordType}.csv`,
        contentType: "text/csv; charset=utf-8",
        content: await fromInterop(() => exportCsv(store, recordType, caseSlug ? { caseSlug } : {})),
        skipped: [],
      };
    }
  }
}

// Mention suggestions ---------------------------------------------------------------------------

export interface Suggestions {
  textVersion: number;
  known: MentionSuggestion[];
  candidates: MentionSuggestion[];
  rejectedCount: number;
}

/** Keys an editor rejected for a source (every text version: a key holds its offset and text). */
export async function rejectedKeys(store: Pick<Store, "interop">, sourceId: string): Promise<Set<string>> {
  return new Set(await store.interop.rejectedKeys(sourceId));
}

/** Where a source already cites an entity: "start:end:entityId". */
async function citedSpans(store: Pick<Store, "interop">, sourceId: string): Promise<Set<string>> {
  const rows = await store.interop.citedEntitySpans(sourceId);
  return new Set(rows.flatMap((r) => [`${r.startOffset}:${r.endOffset}:${r.targetId}`, `${r.startOffset}:${r.endOffset}:*`]));
}

/** True when the passage of `s` already cites its entity (a candidate: any entity). */
export function isCited(cited: Set<string>, s: MentionSuggestion): boolean {
  return cited.has(`${s.start}:${s.end}:${s.entity ? s.entity.id : "*"}`);
}

/**
 * The suggestions for a source, without those an editor rejected and those already cited. A
 * source without text has none. `caseSlug` limits known entities to the case's.
 */
export async function findMentionSuggestions(store: Store, sourceId: string, caseSlug?: string | null): Promise<Suggestions> {
  const text = await store.interop.sourceText(sourceId);
  if (!text) throw AppError.notFound(`Source "${sourceId}"`);
  if (text.text === null) return { textVersion: text.textVersion, known: [], candidates: [], rejectedCount: 0 };
  const all = await fromInterop(() => suggestMentions(store, sourceId, caseSlug ? { caseSlug } : {}), "caseSlug");
  const rejected = await rejectedKeys(store, sourceId);
  const cited = await citedSpans(store, sourceId);
  let rejectedCount = 0;
  const keep = (s: MentionSuggestion) => {
    if (rejected.has(s.key)) {
      rejectedCount++;
      return false;
    }
    return !isCited(cited, s);
  };
  return { textVersion: all.textVersion, known: all.known.filter(keep), candidates: all.candidates.filter(keep), rejectedCount };
}

export { citedSpans };
