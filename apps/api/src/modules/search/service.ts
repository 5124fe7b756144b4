/**
 * Full-text search over the FTS5 indexes of entities, sources and annotations. User text is
 * turned into quoted terms (never FTS syntax) and ranked with bm25. Work per search is bounded:
 * each index ranks at most SEARCH_WINDOW matches, read row by row against a time limit
 * (CASEFILE_SEARCH_TIMEOUT_MS, QUERY_TIMEOUT past it), and snippets are made only for the
 * returned page, only when asked for, from a bounded amount of text (./snippet.ts).
 */
import { toFtsQuery, toRecord } from "@casefile/db";
import { entityTypeNames } from "@casefile/schema/enums";
import type { SearchType } from "@casefile/schema/types";
import type { Context } from "../../context.js";
import { AppError } from "../../lib/errors.js";
import { type Connection, offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import type { TypedRow } from "../node/resolvers.js";
import { CLOSE, makeSnippet, OPEN, SnippetBudget, snippetTerms } from "./snippet.js";

export interface SearchHit {
  type: SearchType;
  node: TypedRow;
  score: number;
  /** Made when read (a getter), so a search that does not ask for snippets makes none. */
  readonly snippet: string;
}

/** The time limit of one search when the configuration sets none. */
export const DEFAULT_SEARCH_TIMEOUT_MS = 2000;

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Escapes a snippet and turns the match markers into <mark> tags; tidies JSON alias lists. */
export function renderSnippet(raw: string): string {
  const tidy = raw.replace(/^(…?)\["|"\](…?)$/g, "$1$2").replaceAll('","', ", ");
  return escapeHtml(tidy).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>");
}

/** Stops a search that runs past its time limit, checked between rows and between steps. */
class Deadline {
  private readonly end: number;
  constructor(private readonly limitMs: number) {
    this.end = performance.now() + limitMs;
  }

  check() {
    if (performance.now() >= this.end) {
      throw new AppError(
        "QUERY_TIMEOUT",
        `The search took longer than ${this.limitMs} ms and was stopped. Search for more specific words, or limit it with types or caseSlug.`,
        { timeoutMs: this.limitMs },
      );
    }
  }
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
function rankWindow(ctx: Context, index: Index, match: string, deadline: Deadline): { rowid: number; score: number }[] {
  const { fts, weights, filter, params = [] } = index;
  deadline.check();
  // Rows stream in rowid order; they are ranked here, so the time limit is checked as they come
  // (leaving the loop early, by a throw too, closes the statement).
  const rows = ctx.store.sqlite
    .prepare<unknown[], { rowid: number; score: number }>(
      `SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS score FROM ${fts} f
       WHERE ${fts} MATCH ? ${filter ? `AND ${filter}` : ""} ORDER BY f.rowid DESC LIMIT ${SEARCH_WINDOW}`,
    )
    .iterate(match, ...params);
  const ranked: { rowid: number; score: number }[] = [];
  for (const row of rows) {
    ranked.push(row);
    if (ranked.length % 50 === 0) deadline.check();
  }
  deadline.check();
  return ranked.sort((a, b) => b.score - a.score);
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
  // Every index ranks at most SEARCH_WINDOW matches, so no search has more results than this.
  if (offset > 4 * SEARCH_WINDOW) {
    throw AppError.badInput("after is not a cursor from this search: pass an endCursor you received", [
      { path: "$.after", message: "not a valid cursor" },
    ]);
  }
  const deadline = new Deadline(ctx.settings.searchTimeoutMs ?? DEFAULT_SEARCH_TIMEOUT_MS);
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
    const named = rankWindow(ctx, { fts: "entity_names_fts", weights: "10.0, 5.0", filter, params }, names, deadline);
    add("ENTITY", 0, "entity_names_fts", named);
    // An entity found by its name is not listed again for its description.
    const isNamed = new Set(named.map((r) => r.rowid));
    const described = rankWindow(ctx, { fts: "entity_descriptions_fts", weights: "1.0", filter, params }, words, deadline);
    add(
      "ENTITY",
      1,
      "entity_descriptions_fts",
      described.filter((r) => !isNamed.has(r.rowid)),
    );
  }
  if (types.has("SOURCE"))
    add("SOURCE", 1, "sources_fts", rankWindow(ctx, { fts: "sources_fts", weights: "5.0, 1.0" }, words, deadline));
  if (types.has("ANNOTATION")) {
    add("ANNOTATION", 1, "annotations_fts", rankWindow(ctx, { fts: "annotations_fts", weights: "1.0, 2.0" }, words, deadline));
  }
  candidates.sort((a, b) => a.tier - b.tier || b.score - a.score);
  const page = candidates.slice(offset, offset + size);

  // Phase two: the page's rows, one statement per table. Snippets are made from them when read.
  const budget = new SnippetBudget();
  const nameTerms = snippetTerms(args.query, true);
  const wordTerms = snippetTerms(args.query, false);
  const details = new Map<string, { type: SearchType; node: TypedRow; snippet: () => string }>();
  const fetch = (type: SearchType, table: string, fts: string, columns: string[], tokens: number) => {
    const rowids = page.filter((c) => c.type === type && c.fts === fts).map((c) => c.rowid);
    if (rowids.length === 0) return;
    const terms = fts === "entity_names_fts" ? nameTerms : wordTerms;
    const rows = ctx.queries.raw<Record<string, unknown> & { _rowid: number }>(
      `SELECT t.*, t.rowid AS _rowid FROM ${table} t WHERE t.rowid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(rowids)],
    );
    for (const { _rowid, ...rest } of rows) {
      const typeName =
        type === "ENTITY"
          ? entityTypeNames[rest.kind as keyof typeof entityTypeNames]
          : type === "SOURCE"
            ? "Source"
            : "Annotation";
      const texts = columns.map((c) => rest[c] as string | null);
      details.set(`${fts}:${_rowid}`, {
        type,
        node: toTyped(rest, typeName),
        snippet: () => renderSnippet(makeSnippet(texts, terms, tokens, budget)),
      });
    }
  };
  fetch("ENTITY", "entities", "entity_names_fts", ["name", "aliases"], 16);
  fetch("ENTITY", "entities", "entity_descriptions_fts", ["description"], 16);
  fetch("SOURCE", "sources", "sources_fts", ["title", "text"], 24);
  fetch("ANNOTATION", "annotations", "annotations_fts", ["body", "tags"], 24);
  deadline.check();
  const hits: SearchHit[] = [];
  for (const c of page) {
    const found = details.get(`${c.fts}:${c.rowid}`);
    if (!found) continue;
    let snippet: string | undefined;
    hits.push({
      type: found.type,
      node: found.node,
      score: c.score,
      get snippet() {
        snippet ??= found.snippet();
        return snippet;
      },
    });
  }
  return offsetConnection(hits, Math.max(candidates.length, offset + hits.length), offset, size);
}

function toTyped(raw: Record<string, unknown>, typeName: TypedRow["__typename"]): TypedRow {
  return { ...toRecord<Record<string, unknown> & { id: string }>(raw), __typename: typeName };
}
