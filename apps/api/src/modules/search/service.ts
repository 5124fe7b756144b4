/**
 * Full-text search over the FTS5 indexes of entities, sources and annotations. User text is
 * turned into quoted terms (never FTS syntax), ranked with bm25, and each hit gets a snippet
 * whose HTML is escaped before the match markers become <mark>.
 */
import { toFtsQuery, toRecord } from "@casefile/db";
import { entityTypeNames } from "@casefile/schema/enums";
import type { SearchType } from "@casefile/schema/types";
import type { Context } from "../../context.js";
import { type Connection, offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import type { TypedRow } from "../node/resolvers.js";

export interface SearchHit {
  type: SearchType;
  node: TypedRow;
  score: number;
  snippet: string;
}

const OPEN = "\u0002";
const CLOSE = "\u0003";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Escapes a snippet and turns FTS5's markers into <mark> tags; tidies JSON alias lists. */
export function renderSnippet(raw: string): string {
  const tidy = raw.replace(/^\["|"\]$/g, "").replaceAll('","', ", ");
  return escapeHtml(tidy).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>");
}

export async function searchEverything(
  ctx: Context,
  args: { query: string; types?: SearchType[] | null; caseSlug?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<SearchHit>> {
  const { size } = pageSize(args);
  const offset = offsetFrom(args.after);
  const match = toFtsQuery(args.query);
  const types = new Set<SearchType>(args.types?.length ? args.types : ["ENTITY", "SOURCE", "ANNOTATION"]);
  if (!match) return offsetConnection([], 0, offset, size);
  const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : null;
  const limit = offset + size;
  const hits: SearchHit[] = [];
  let total = 0;
  const q = ctx.queries;

  if (types.has("ENTITY")) {
    const scope = caseId ? "AND EXISTS (SELECT 1 FROM case_roles cr WHERE cr.entity_id = e.id AND cr.case_id = ?)" : "";
    const params = caseId ? [match, caseId] : [match];
    total +=
      q.value<number>(
        `SELECT count(*) FROM entities_fts f JOIN entities e ON e.rowid = f.rowid
         WHERE entities_fts MATCH ? AND e.merged_into_id IS NULL ${scope}`,
        params,
      ) ?? 0;
    const rows = q.raw<Record<string, unknown> & { _score: number; _snippet: string }>(
      `SELECT e.*, -bm25(entities_fts, 10.0, 5.0, 1.0) AS _score,
              snippet(entities_fts, -1, '${OPEN}', '${CLOSE}', '…', 16) AS _snippet
       FROM entities_fts f JOIN entities e ON e.rowid = f.rowid
       WHERE entities_fts MATCH ? AND e.merged_into_id IS NULL ${scope}
       ORDER BY bm25(entities_fts, 10.0, 5.0, 1.0) LIMIT ?`,
      [...params, limit],
    );
    for (const row of rows) {
      const { _score, _snippet, ...rest } = row;
      const node = toTyped(rest, entityTypeNames[rest.kind as keyof typeof entityTypeNames]);
      hits.push({ type: "ENTITY", node, score: _score, snippet: renderSnippet(_snippet) });
    }
  }
  if (types.has("SOURCE")) {
    total += q.value<number>("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH ?", [match]) ?? 0;
    const rows = q.raw<Record<string, unknown> & { _score: number; _snippet: string }>(
      `SELECT s.*, -bm25(sources_fts, 5.0, 1.0) AS _score,
              snippet(sources_fts, -1, '${OPEN}', '${CLOSE}', '…', 24) AS _snippet
       FROM sources_fts f JOIN sources s ON s.rowid = f.rowid
       WHERE sources_fts MATCH ? ORDER BY bm25(sources_fts, 5.0, 1.0) LIMIT ?`,
      [match, limit],
    );
    for (const { _score, _snippet, ...rest } of rows) {
      hits.push({ type: "SOURCE", node: toTyped(rest, "Source"), score: _score, snippet: renderSnippet(_snippet) });
    }
  }
  if (types.has("ANNOTATION")) {
    total += q.value<number>("SELECT count(*) FROM annotations_fts WHERE annotations_fts MATCH ?", [match]) ?? 0;
    const rows = q.raw<Record<string, unknown> & { _score: number; _snippet: string }>(
      `SELECT a.*, -bm25(annotations_fts, 1.0, 2.0) AS _score,
              snippet(annotations_fts, -1, '${OPEN}', '${CLOSE}', '…', 24) AS _snippet
       FROM annotations_fts f JOIN annotations a ON a.rowid = f.rowid
       WHERE annotations_fts MATCH ? ORDER BY bm25(annotations_fts, 1.0, 2.0) LIMIT ?`,
      [match, limit],
    );
    for (const { _score, _snippet, ...rest } of rows) {
      hits.push({ type: "ANNOTATION", node: toTyped(rest, "Annotation"), score: _score, snippet: renderSnippet(_snippet) });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  return offsetConnection(hits.slice(offset, offset + size), total, offset, size);
}

function toTyped(raw: Record<string, unknown>, typeName: TypedRow["__typename"]): TypedRow {
  return { ...toRecord<Record<string, unknown> & { id: string }>(raw), __typename: typeName };
}
