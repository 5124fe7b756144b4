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

/** Counting every match of a common word costs more than ranking a page: stop counting here. */
export const SEARCH_COUNT_CAP = 1000;

interface Ranked {
  rowid: number;
  score: number;
}

/**
 * Two phases, so that only the rows shown pay for row lookups and snippets: rank by bm25 on the
 * FTS index alone (rowid and score), then fetch the page's rows and their snippets.
 */
function rankTable(ctx: Context, table: string, weights: string, match: string, limit: number): Ranked[] {
  return ctx.queries.raw<Ranked>(
    `SELECT rowid, -bm25(${table}, ${weights}) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY bm25(${table}, ${weights}) LIMIT ?`,
    [match, limit],
  );
}

function countMatches(ctx: Context, sql: string, params: unknown[]): number {
  return ctx.queries.value<number>(`SELECT count(*) FROM (${sql} LIMIT ${SEARCH_COUNT_CAP})`, params) ?? 0;
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
  const q = ctx.queries;
  const candidates: { type: SearchType; rowid: number; score: number }[] = [];
  let total = 0;

  if (types.has("ENTITY")) {
    // Merged-away duplicates and, with a case, entities outside it are filtered while ranking.
    const keep = caseId
      ? "AND e.merged_into_id IS NULL AND EXISTS (SELECT 1 FROM case_roles cr WHERE cr.entity_id = e.id AND cr.case_id = ?)"
      : "AND e.merged_into_id IS NULL";
    const params = caseId ? [match, caseId] : [match];
    const matching = `SELECT 1 FROM entities_fts f JOIN entities e ON e.rowid = f.rowid WHERE entities_fts MATCH ? ${keep}`;
    total += countMatches(ctx, matching, params);
    const ranked = q.raw<Ranked>(
      `SELECT f.rowid AS rowid, -bm25(entities_fts, 10.0, 5.0, 1.0) AS score
       FROM entities_fts f JOIN entities e ON e.rowid = f.rowid
       WHERE entities_fts MATCH ? ${keep} ORDER BY bm25(entities_fts, 10.0, 5.0, 1.0) LIMIT ?`,
      [...params, limit],
    );
    for (const r of ranked) candidates.push({ type: "ENTITY", ...r });
  }
  if (types.has("SOURCE")) {
    total += countMatches(ctx, "SELECT 1 FROM sources_fts WHERE sources_fts MATCH ?", [match]);
    for (const r of rankTable(ctx, "sources_fts", "5.0, 1.0", match, limit)) candidates.push({ type: "SOURCE", ...r });
  }
  if (types.has("ANNOTATION")) {
    total += countMatches(ctx, "SELECT 1 FROM annotations_fts WHERE annotations_fts MATCH ?", [match]);
    for (const r of rankTable(ctx, "annotations_fts", "1.0, 2.0", match, limit)) candidates.push({ type: "ANNOTATION", ...r });
  }
  candidates.sort((a, b) => b.score - a.score);
  const page = candidates.slice(offset, offset + size);

  // Phase two: the page's rows and snippets, one statement per type.
  const hits: SearchHit[] = [];
  const details = new Map<string, SearchHit>();
  const fetch = (type: SearchType, table: string, fts: string, tokens: number) => {
    const rowids = page.filter((c) => c.type === type).map((c) => c.rowid);
    if (rowids.length === 0) return;
    const rows = q.raw<Record<string, unknown> & { _rowid: number; _snippet: string }>(
      `SELECT t.*, f.rowid AS _rowid, snippet(${fts}, -1, '${OPEN}', '${CLOSE}', '…', ${tokens}) AS _snippet
       FROM ${fts} f JOIN ${table} t ON t.rowid = f.rowid
       WHERE ${fts} MATCH ? AND f.rowid IN (SELECT value FROM json_each(?))`,
      [match, JSON.stringify(rowids)],
    );
    for (const { _rowid, _snippet, ...rest } of rows) {
      const typeName =
        type === "ENTITY"
          ? entityTypeNames[rest.kind as keyof typeof entityTypeNames]
          : type === "SOURCE"
            ? "Source"
            : "Annotation";
      details.set(`${type}:${_rowid}`, { type, node: toTyped(rest, typeName), score: 0, snippet: renderSnippet(_snippet) });
    }
  };
  fetch("ENTITY", "entities", "entities_fts", 16);
  fetch("SOURCE", "sources", "sources_fts", 24);
  fetch("ANNOTATION", "annotations", "annotations_fts", 24);
  for (const c of page) {
    const hit = details.get(`${c.type}:${c.rowid}`);
    if (hit) hits.push({ ...hit, score: c.score });
  }
  return offsetConnection(hits, Math.max(total, offset + hits.length), offset, size);
}

function toTyped(raw: Record<string, unknown>, typeName: TypedRow["__typename"]): TypedRow {
  return { ...toRecord<Record<string, unknown> & { id: string }>(raw), __typename: typeName };
}
