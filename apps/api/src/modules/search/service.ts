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

/**
 * A condition on an entity index's `f.rowid`: not merged away into another entity. The merged
 * are few and have their own index, so this reads no entity row per match.
 */
export const NOT_MERGED = "f.rowid NOT IN (SELECT rowid FROM entities WHERE merged_into_id IS NOT NULL)";

/**
 * How far search reads into the matches of each kind of record: counts stop here, and text
 * matches are ranked among this many of the most recent. A common word matches hundreds of
 * thousands of rows; ranking all of them would cost what a thousand pages cost.
 */
export const SEARCH_WINDOW = 1000;

interface Candidate {
  type: SearchType;
  /** 0: an entity's name or aliases matched; 1: any other text. Tier 0 ranks first. */
  tier: 0 | 1;
  rowid: number;
  score: number;
  /** The index that matched, for the snippet. */
  fts: string;
}

interface Index {
  fts: string;
  /** bm25 column weights. */
  weights: string;
  /** A condition on `f.rowid`, to keep only some rows, and its parameters. */
  filter?: string;
  params?: unknown[];
}

/**
 * The SEARCH_WINDOW most recent matches of one index, best first by bm25. FTS5 walks the index
 * in descending rowid and stops there, so a word that matches a million rows costs what one that
 * matches a thousand does, and the window's size is the count (exact below SEARCH_WINDOW).
 */
function rankWindow(ctx: Context, index: Index, match: string): { rowid: number; score: number }[] {
  const { fts, weights, filter, params = [] } = index;
  return ctx.queries.raw(
    `SELECT rowid, score FROM (
       SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS score FROM ${fts} f
       WHERE ${fts} MATCH ? ${filter ? `AND ${filter}` : ""} ORDER BY f.rowid DESC LIMIT ${SEARCH_WINDOW}
     ) ORDER BY score DESC`,
    [match, ...params],
  );
}

/**
 * Entities rank in two tiers: what they are called (names and aliases, the last word a prefix,
 * for type-ahead), then what their descriptions say (whole words). Sources and annotations match
 * whole words. Within a tier, results of all kinds are merged by bm25 score.
 */
export async function searchEverything(
  ctx: Context,
  args: { query: string; types?: SearchType[] | null; caseSlug?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<SearchHit>> {
  const { size } = pageSize(args);
  const offset = offsetFrom(args.after);
  const names = toFtsQuery(args.query);
  const words = toFtsQuery(args.query, { prefixLast: false });
  const types = new Set<SearchType>(args.types?.length ? args.types : ["ENTITY", "SOURCE", "ANNOTATION"]);
  if (!names || !words) return offsetConnection([], 0, offset, size);
  const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : null;
  const candidates: Candidate[] = [];
  const add = (type: SearchType, tier: 0 | 1, fts: string, ranked: { rowid: number; score: number }[]) => {
    for (const r of ranked) candidates.push({ type, tier, fts, ...r });
  };

  if (types.has("ENTITY")) {
    // Merged-away duplicates and, with a case, entities outside it are left out, by rowid (the
    // merged are few; a case's entities are few), without reading an entity row per match.
    const filter = caseId
      ? "+f.rowid IN (SELECT e.rowid FROM case_roles cr JOIN entities e ON e.id = cr.entity_id WHERE cr.case_id = ? AND e.merged_into_id IS NULL)"
      : NOT_MERGED;
    const params = caseId ? [caseId] : [];
    const named = rankWindow(ctx, { fts: "entity_names_fts", weights: "10.0, 5.0", filter, params }, names);
    add("ENTITY", 0, "entity_names_fts", named);
    // An entity found by its name is not listed again for its description.
    const isNamed = new Set(named.map((r) => r.rowid));
    const described = rankWindow(ctx, { fts: "entity_descriptions_fts", weights: "1.0", filter, params }, words);
    add(
      "ENTITY",
      1,
      "entity_descriptions_fts",
      described.filter((r) => !isNamed.has(r.rowid)),
    );
  }
  if (types.has("SOURCE")) add("SOURCE", 1, "sources_fts", rankWindow(ctx, { fts: "sources_fts", weights: "5.0, 1.0" }, words));
  if (types.has("ANNOTATION")) {
    add("ANNOTATION", 1, "annotations_fts", rankWindow(ctx, { fts: "annotations_fts", weights: "1.0, 2.0" }, words));
  }
  candidates.sort((a, b) => a.tier - b.tier || b.score - a.score);
  const page = candidates.slice(offset, offset + size);

  // Phase two: the page's rows and snippets, one statement per type.
  const q = ctx.queries;
  const hits: SearchHit[] = [];
  const details = new Map<string, SearchHit>();
  const fetch = (type: SearchType, table: string, fts: string, match: string, tokens: number) => {
    const rowids = page.filter((c) => c.type === type && c.fts === fts).map((c) => c.rowid);
    if (rowids.length === 0) return;
    // One walk of the matches between the page's lowest and highest rowid (they lie in the
    // window), not one MATCH per row: a prefix is expanded once. `+` keeps the IN list out of
    // the index choice.
    const rows = q.raw<Record<string, unknown> & { _rowid: number; _snippet: string }>(
      `SELECT t.*, f.rowid AS _rowid, snippet(${fts}, -1, '${OPEN}', '${CLOSE}', '…', ${tokens}) AS _snippet
       FROM ${fts} f JOIN ${table} t ON t.rowid = f.rowid
       WHERE ${fts} MATCH ? AND f.rowid >= ? AND f.rowid <= ? AND +f.rowid IN (SELECT value FROM json_each(?))`,
      [match, Math.min(...rowids), Math.max(...rowids), JSON.stringify(rowids)],
    );
    for (const { _rowid, _snippet, ...rest } of rows) {
      const typeName =
        type === "ENTITY"
          ? entityTypeNames[rest.kind as keyof typeof entityTypeNames]
          : type === "SOURCE"
            ? "Source"
            : "Annotation";
      details.set(`${fts}:${_rowid}`, { type, node: toTyped(rest, typeName), score: 0, snippet: renderSnippet(_snippet) });
    }
  };
  fetch("ENTITY", "entities", "entity_names_fts", names, 16);
  fetch("ENTITY", "entities", "entity_descriptions_fts", words, 16);
  fetch("SOURCE", "sources", "sources_fts", words, 24);
  fetch("ANNOTATION", "annotations", "annotations_fts", words, 24);
  for (const c of page) {
    const hit = details.get(`${c.fts}:${c.rowid}`);
    if (hit) hits.push({ ...hit, score: c.score });
  }
  return offsetConnection(hits, Math.max(candidates.length, offset + hits.length), offset, size);
}

function toTyped(raw: Record<string, unknown>, typeName: TypedRow["__typename"]): TypedRow {
  return { ...toRecord<Record<string, unknown> & { id: string }>(raw), __typename: typeName };
}
