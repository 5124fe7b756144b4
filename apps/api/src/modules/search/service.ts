/**
 * Full-text search over the FTS5 indexes of entities, events, sources and annotations. User text
 * is turned into quoted terms and phrases (never FTS syntax). Results rank over all matches, never
 * by age: each index returns its SEARCH_WINDOW best matches by bm25 among all its matches (up to
 * RANK_LIMIT of them; past that, among the RANK_LIMIT most recent), and results rank by how they matched (an exact name, every word
 * starting a name word, an alias, then any text of the record, stemmed), then by bm25. A query
 * that finds nothing is retried with the closest spelling of its words among name words.
 *
 * Work per search is bounded: at most SEARCH_WINDOW rows per index query, read row by row against
 * a time limit (CASEFILE_SEARCH_TIMEOUT_MS, QUERY_TIMEOUT past it); snippets only for the returned
 * page, only when asked for, from a bounded amount of text (./snippet.ts); spelling suggestions
 * read at most SUGGEST_SCAN name words per unknown word.
 */
import { type SearchTerm, searchTerms, termsToFts, toRecord } from "@casefile/db";
import { entityTypeNames } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { SearchMatch, SearchType } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";
import { type Connection, offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import type { TypedRow } from "../node/resolvers.js";
import { bestSnippet, CLOSE, foldToken, OPEN, roughStem, SnippetBudget, type SnippetTerms, snippetTerms } from "./snippet.js";

export interface SearchHit {
  type: SearchType;
  node: TypedRow;
  score: number;
  match: SearchMatch;
  label: string;
  status: string | null;
  caseSlugs: string[];
  /** Made when read (getters), so a search that does not ask for snippets makes none. */
  readonly snippet: string;
  readonly matchedField: string;
  /** For an annotation, the record it annotates (resolved by SearchResult.annotates). */
  target: { typeName: NodeTypeName; id: string } | null;
}

export interface SearchFacetValue {
  value: string;
  count: number;
}

export interface SearchResultConnection extends Connection<SearchHit> {
  facets: {
    types: SearchFacetValue[];
    cases: SearchFacetValue[];
    statuses: SearchFacetValue[];
    earliestDate: string | null;
    latestDate: string | null;
  };
  didYouMean: string | null;
  isCorrected: boolean;
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
 * How many of its best matches (by bm25) each index query returns. FTS5 ranks every match in C
 * and keeps this many, so a search never lists or counts more than a few thousand records.
 */
export const SEARCH_WINDOW = 1000;

/**
 * How many matches of one index query are ranked: all of them up to here, whatever their age;
 * past it, this many of the most recent (see ranked()).
 */
export const RANK_LIMIT = 20_000;

/** Index queries per search, at most: the bound of any offset into its results. */
const INDEX_QUERIES = 8;

/** Name words read per unknown word when looking for a spelling (those sharing its first letter). */
export const SUGGEST_SCAN = 20_000;

type Table = "entities" | "events" | "sources" | "annotations";
/** 0: exact name or title; 1: every word starts a name (title) word; 2: an alias; 3: any text. */
type Tier = 0 | 1 | 2 | 3;
const MATCHES: SearchMatch[] = ["EXACT_NAME", "NAME", "ALIAS", "TEXT"];
const TYPE_OF: Record<Table, SearchType> = {
  entities: "ENTITY",
  events: "EVENT",
  sources: "SOURCE",
  annotations: "ANNOTATION",
};

interface Candidate {
  table: Table;
  tier: Tier;
  rowid: number;
  /** bm25 of the index that found it, negated (higher is better). */
  bm25: number;
  /** For text matches: how many searched words the record's name (title) holds. */
  labelHits?: number;
}

/** What the facets and the facet filters need of each candidate. */
interface Facts {
  status: string | null;
  caseSlugs: string[];
  date: string | null;
}

interface SearchArgs {
  query: string;
  types?: SearchType[] | null;
  caseSlug?: string | null;
  statuses?: string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The best SEARCH_WINDOW matches of one FTS5 query, best first, read against the time limit.
 * FTS5 computes bm25 for every match before the first row comes back, which no time limit can
 * interrupt; so a query is first counted up to RANK_LIMIT (streaming, cheap). Up to there, every
 * match is ranked, whatever its age. Past it (a word in tens of thousands of records), the
 * RANK_LIMIT most recent matches are ranked, row by row against the time limit.
 */
function ranked(
  ctx: Context,
  fts: string,
  weights: string,
  match: string,
  deadline: Deadline,
  filter?: string,
  params: unknown[] = [],
): { rowid: number; bm25: number }[] {
  deadline.check();
  const where = `${fts} MATCH ? ${filter ? `AND ${filter}` : ""}`;
  const sqlite = ctx.store.sqlite;
  const count = sqlite
    .prepare<unknown[], number>(`SELECT count(*) FROM (SELECT 1 FROM ${fts} f WHERE ${where} LIMIT ${RANK_LIMIT + 1})`)
    .pluck()
    .get(match, ...params) as number;
  deadline.check();
  if (count <= RANK_LIMIT) {
    return sqlite
      .prepare<unknown[], { rowid: number; bm25: number }>(
        `SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS bm25 FROM ${fts} f
         WHERE ${where} ORDER BY bm25(${fts}, ${weights}) LIMIT ${SEARCH_WINDOW}`,
      )
      .all(match, ...params);
  }
  const rows = sqlite
    .prepare<unknown[], { rowid: number; bm25: number }>(
      `SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS bm25 FROM ${fts} f
       WHERE ${where} ORDER BY f.rowid DESC LIMIT ${RANK_LIMIT}`,
    )
    .iterate(match, ...params);
  const out: { rowid: number; bm25: number }[] = [];
  for (const row of rows) {
    out.push(row);
    if (out.length % 500 === 0) deadline.check();
  }
  return out.sort((a, b) => b.bm25 - a.bm25).slice(0, SEARCH_WINDOW);
}

/** Rows of a table by rowid, some columns, in one statement. */
function rowsByRowid<T>(ctx: Context, table: Table, columns: string, rowids: number[]): (T & { _rowid: number })[] {
  if (rowids.length === 0) return [];
  return ctx.queries.raw<T & { _rowid: number }>(
    `SELECT t.rowid AS _rowid, ${columns} FROM ${table} t WHERE t.rowid IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(rowids)],
  );
}

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const foldedWords = (text: string) => Array.from(text.matchAll(TOKEN), (m) => foldToken(m[0]));

/** 0 when the name is the searched words, 1 when every searched word starts a word of it, else null. */
function nameTier(name: string, words: string[]): 0 | 1 | null {
  const nameWords = foldedWords(name);
  if (nameWords.join(" ") === words.join(" ")) return 0;
  return words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 1 : null;
}

/** Collects the ranked candidates of every index for these terms. */
function collect(ctx: Context, terms: SearchTerm[], caseId: string | null, deadline: Deadline): Candidate[] {
  const names = termsToFts(terms, { prefix: true });
  const words = termsToFts(terms);
  if (!names || !words) return [];
  const folded = terms.flatMap((t) => t.words).map(foldToken);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const add = (table: Table, tier: Tier, rows: { rowid: number; bm25: number }[]) => {
    for (const r of rows) {
      const key = `${table}:${r.rowid}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ table, tier, ...r });
    }
  };

  // Entities: what they are called (every word a prefix), then any of their text, stemmed.
  // Merged-away duplicates and, with a case, entities outside it are left out by rowid.
  const entityFilter = caseId
    ? "+f.rowid IN (SELECT e.rowid FROM case_roles cr JOIN entities e ON e.id = cr.entity_id WHERE cr.case_id = ? AND e.merged_into_id IS NULL)"
    : NOT_MERGED;
  const entityParams = caseId ? [caseId] : [];
  const named = ranked(ctx, "entity_names_fts", "10.0, 5.0", names, deadline, entityFilter, entityParams);
  const nameRows = new Map(
    rowsByRowid<{ name: string }>(
      ctx,
      "entities",
      "t.name",
      named.map((r) => r.rowid),
    ).map((r) => [r._rowid, r.name]),
  );
  const byTier: Record<Tier, { rowid: number; bm25: number }[]> = { 0: [], 1: [], 2: [], 3: [] };
  for (const r of named) byTier[nameTier(nameRows.get(r.rowid) ?? "", folded) ?? 2].push(r);
  add("entities", 0, byTier[0]);
  add("entities", 1, byTier[1]);
  add("entities", 2, byTier[2]);
  add("entities", 3, ranked(ctx, "entity_text_fts", "10.0, 5.0, 1.0", words, deadline, entityFilter, entityParams));

  // Events: titles as names, then titles and descriptions.
  const eventFilter = caseId ? "+f.rowid IN (SELECT rowid FROM events WHERE case_id = ?)" : undefined;
  const eventParams = caseId ? [caseId] : [];
  const titled = ranked(
    ctx,
    "events_fts",
    "10.0, 1.0",
    termsToFts(terms, { prefix: true, columns: ["title"] }) as string,
    deadline,
    eventFilter,
    eventParams,
  );
  const titles = new Map(
    rowsByRowid<{ title: string }>(
      ctx,
      "events",
      "t.title",
      titled.map((r) => r.rowid),
    ).map((r) => [r._rowid, r.title]),
  );
  add(
    "events",
    0,
    titled.filter((r) => nameTier(titles.get(r.rowid) ?? "", folded) === 0),
  );
  add("events", 1, titled);
  add("events", 3, ranked(ctx, "events_fts", "10.0, 1.0", words, deadline, eventFilter, eventParams));

  // Sources: what people call them (title, author, publisher), then any of their text.
  const sourceWeights = "10.0, 5.0, 5.0, 2.0, 1.0";
  const sourceNamed = ranked(
    ctx,
    "sources_fts",
    sourceWeights,
    termsToFts(terms, { prefix: true, columns: ["title", "author", "publisher"] }) as string,
    deadline,
  );
  const sourceTitles = new Map(
    rowsByRowid<{ title: string }>(
      ctx,
      "sources",
      "t.title",
      sourceNamed.map((r) => r.rowid),
    ).map((r) => [r._rowid, r.title]),
  );
  add(
    "sources",
    0,
    sourceNamed.filter((r) => nameTier(sourceTitles.get(r.rowid) ?? "", folded) === 0),
  );
  add("sources", 1, sourceNamed);
  add("sources", 3, ranked(ctx, "sources_fts", sourceWeights, words, deadline));

  const annotationFilter = caseId ? "+f.rowid IN (SELECT rowid FROM annotations WHERE case_id = ?)" : undefined;
  add("annotations", 3, ranked(ctx, "annotations_fts", "1.0, 2.0", words, deadline, annotationFilter, caseId ? [caseId] : []));
  // Among text matches, records whose name (title) holds more of the searched words come first:
  // "GRU officers" is about the GRU before it is about a long text that says both words often.
  const stems = folded.map(roughStem);
  const labelHits = new Map<string, number>();
  for (const [table, column] of [
    ["entities", "t.name || ' ' || t.aliases"],
    ["events", "t.title"],
    ["sources", "t.title"],
  ] as const) {
    const ids = candidates.filter((c) => c.tier === 3 && c.table === table).map((c) => c.rowid);
    for (const row of rowsByRowid<{ label: string }>(ctx, table, `${column} AS label`, ids)) {
      const words = new Set(foldedWords(row.label).map(roughStem));
      labelHits.set(`${table}:${row._rowid}`, stems.filter((w) => words.has(w)).length);
    }
  }
  for (const c of candidates) c.labelHits = c.tier === 3 ? (labelHits.get(`${c.table}:${c.rowid}`) ?? 0) : 0;
  candidates.sort((a, b) => a.tier - b.tier || (b.labelHits ?? 0) - (a.labelHits ?? 0) || b.bm25 - a.bm25);
  return candidates;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The terms with each word that is no name word replaced by the closest name word (at most one
 * edit for words up to five letters, two for longer ones; ties to the more common word), or null
 * when nothing changes. Words shorter than four letters and numbers are kept.
 */
function suggest(ctx: Context, terms: SearchTerm[], deadline: Deadline): SearchTerm[] | null {
  const sqlite = ctx.store.sqlite;
  const isKnown = sqlite.prepare<[string], number>("SELECT 1 FROM entity_names_vocab WHERE term = ?").pluck();
  const near = sqlite.prepare<[string, string], { term: string; doc: number }>(
    `SELECT term, doc FROM entity_names_vocab WHERE term >= ? AND term < ? LIMIT ${SUGGEST_SCAN}`,
  );
  let changed = false;
  const corrected = terms.map((term) => ({
    ...term,
    words: term.words.map((raw) => {
      const word = foldToken(raw);
      if (word.length < 4 || /\p{N}/u.test(word) || isKnown.get(word)) return raw;
      deadline.check();
      const max = word.length <= 5 ? 1 : 2;
      const first = word.slice(0, 1);
      let best: { term: string; distance: number; doc: number } | null = null;
      for (const row of near.iterate(first, String.fromCodePoint((first.codePointAt(0) as number) + 1))) {
        if (Math.abs(row.term.length - word.length) > max) continue;
        const distance = editDistance(word, row.term, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && row.doc > best.doc)) {
          best = { term: row.term, distance, doc: row.doc };
        }
      }
      if (!best) return raw;
      changed = true;
      return best.term;
    }),
  }));
  return changed ? corrected : null;
}

const termsText = (terms: SearchTerm[]) =>
  terms.map((t) => (t.phrase ? `"${t.words.join(" ")}"` : (t.words[0] as string))).join(" ");

/** Facts of every candidate (status, cases, date), a few statements per table. */
function factsOf(ctx: Context, candidates: Candidate[]): Map<string, Facts> {
  const facts = new Map<string, Facts>();
  const rowids = (table: Table) => [...new Set(candidates.filter((c) => c.table === table).map((c) => c.rowid))];
  for (const r of rowsByRowid<{ status: string; slugs: string | null }>(
    ctx,
    "entities",
    "t.status, (SELECT json_group_array(c.slug) FROM case_roles cr JOIN cases c ON c.id = cr.case_id WHERE cr.entity_id = t.id) AS slugs",
    rowids("entities"),
  )) {
    facts.set(`entities:${r._rowid}`, {
      status: r.status,
      caseSlugs: [...new Set(JSON.parse(r.slugs ?? "[]") as string[])],
      date: null,
    });
  }
  for (const r of rowsByRowid<{ status: string; slug: string | null; date: string }>(
    ctx,
    "events",
    "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug, t.date",
    rowids("events"),
  )) {
    facts.set(`events:${r._rowid}`, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: r.date });
  }
  for (const r of rowsByRowid<{ date: string | null }>(ctx, "sources", "t.published_date AS date", rowids("sources"))) {
    facts.set(`sources:${r._rowid}`, { status: null, caseSlugs: [], date: r.date });
  }
  for (const r of rowsByRowid<{ status: string; slug: string | null }>(
    ctx,
    "annotations",
    "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug",
    rowids("annotations"),
  )) {
    facts.set(`annotations:${r._rowid}`, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: null });
  }
  return facts;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!DATE.test(value)) {
    throw AppError.badInput(`${argument} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`, [
      { path: `$.${argument}`, message: "not a date" },
    ]);
  }
  return value;
}

const counted = (values: string[]): SearchFacetValue[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
};

export async function searchEverything(ctx: Context, args: SearchArgs): Promise<SearchResultConnection> {
  const { size } = pageSize(args);
  const offset = offsetFrom(args.after);
  if (offset > INDEX_QUERIES * SEARCH_WINDOW) {
    throw AppError.badInput("after is not a cursor from this search: pass an endCursor you received", [
      { path: "$.after", message: "not a valid cursor" },
    ]);
  }
  const dateFrom = checkDate(args.dateFrom, "dateFrom");
  const dateTo = checkDate(args.dateTo, "dateTo");
  const deadline = new Deadline(ctx.settings.searchTimeoutMs ?? DEFAULT_SEARCH_TIMEOUT_MS);
  const empty: SearchResultConnection = {
    ...offsetConnection([], 0, offset, size),
    facets: { types: [], cases: [], statuses: [], earliestDate: null, latestDate: null },
    didYouMean: null,
    isCorrected: false,
  };
  let terms = searchTerms(args.query);
  if (terms.length === 0) return empty;
  const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : null;

  let candidates = collect(ctx, terms, caseId, deadline);
  let didYouMean: string | null = null;
  let isCorrected = false;
  if (candidates.length === 0) {
    const corrected = suggest(ctx, terms, deadline);
    if (corrected) {
      didYouMean = termsText(corrected);
      candidates = collect(ctx, corrected, caseId, deadline);
      isCorrected = candidates.length > 0;
      if (isCorrected) terms = corrected;
    }
  }
  deadline.check();

  // Facets count every ranked candidate; the facet filters then keep some.
  const facts = factsOf(ctx, candidates);
  const factOf = (c: Candidate): Facts => facts.get(`${c.table}:${c.rowid}`) ?? { status: null, caseSlugs: [], date: null };
  const dates = candidates
    .map((c) => factOf(c).date)
    .filter((d): d is string => d != null)
    .sort();
  const facets = {
    types: counted(candidates.map((c) => TYPE_OF[c.table])),
    cases: counted(candidates.flatMap((c) => factOf(c).caseSlugs)),
    statuses: counted(candidates.map((c) => factOf(c).status).filter((s): s is string => s != null)),
    earliestDate: dates[0] ?? null,
    latestDate: dates.at(-1) ?? null,
  };
  const types = new Set<SearchType>(args.types?.length ? args.types : ["ENTITY", "EVENT", "SOURCE", "ANNOTATION"]);
  const statuses = args.statuses?.length ? new Set(args.statuses) : null;
  const kept = candidates.filter((c) => {
    if (!types.has(TYPE_OF[c.table])) return false;
    const f = factOf(c);
    if (statuses && (f.status == null || !statuses.has(f.status))) return false;
    if (dateFrom || dateTo) {
      // A partial date covers its whole period: 2016-03 is on or after 2016-03-15's month.
      if (f.date == null) return false;
      if (dateFrom && f.date < dateFrom.slice(0, f.date.length)) return false;
      if (dateTo && f.date.slice(0, dateTo.length) > dateTo) return false;
    }
    return true;
  });
  const page = kept.slice(offset, offset + size);

  // Phase two: the page's rows, one statement per table. Snippets are made from them when read.
  const budget = new SnippetBudget();
  const query = termsText(terms);
  const nameTerms = snippetTerms(query, true, { prefixAll: true });
  const wordTerms = snippetTerms(query, false, { stem: true });
  const rows = new Map<string, Record<string, unknown>>();
  for (const table of ["entities", "events", "sources", "annotations"] as const) {
    const ids = page.filter((c) => c.table === table).map((c) => c.rowid);
    for (const { _rowid, ...rest } of rowsByRowid<Record<string, unknown>>(ctx, table, "t.*", ids)) {
      rows.set(`${table}:${_rowid}`, rest);
    }
  }
  const targets = annotationTargets(
    ctx,
    [...rows].filter(([k]) => k.startsWith("annotations:")).map(([, r]) => r),
  );
  deadline.check();
  const hits: SearchHit[] = [];
  for (const c of page) {
    const raw = rows.get(`${c.table}:${c.rowid}`);
    if (!raw) continue;
    const typeName: NodeTypeName =
      c.table === "entities"
        ? entityTypeNames[raw.kind as keyof typeof entityTypeNames]
        : c.table === "events"
          ? "Event"
          : c.table === "sources"
            ? "Source"
            : "Annotation";
    const { fields, terms: snippetWords, tokens } = snippetPlan(c, nameTerms, wordTerms);
    let made: { text: string; field: string } | undefined;
    const make = () => {
      made ??= (() => {
        const best = bestSnippet(
          fields.map((f) => raw[f] as string | null),
          snippetWords,
          tokens,
          budget,
        );
        return { text: renderSnippet(best.text), field: fields[Math.max(0, best.column)] as string };
      })();
      return made;
    };
    const target = c.table === "annotations" ? targets.get(`${raw.target_type}:${raw.target_id}`) : undefined;
    const fact = factOf(c);
    hits.push({
      type: TYPE_OF[c.table],
      node: { ...toRecord<Record<string, unknown> & { id: string }>(raw), __typename: typeName },
      // Bands in the order results rank: how they matched, name words among text matches, bm25.
      score: (3 - c.tier) * 100_000 + (c.labelHits ?? 0) * 1000 + Math.min(999, Math.max(0, c.bm25)),
      match: MATCHES[c.tier] as SearchMatch,
      label:
        c.table === "annotations"
          ? `Note on ${target?.label ?? String(raw.target_type).toLowerCase().replaceAll("_", " ")}`
          : String(raw.name ?? raw.title ?? ""),
      status: fact.status,
      caseSlugs: fact.caseSlugs,
      get snippet() {
        return make().text;
      },
      get matchedField() {
        return make().field;
      },
      target: target ? { typeName: target.typeName, id: target.id } : null,
    });
  }
  return {
    ...offsetConnection(hits, Math.max(kept.length, offset + hits.length), offset, size),
    facets,
    didYouMean,
    isCorrected,
  };
}

/** Which fields a result's snippet comes from, how its words match there, and its length. */
function snippetPlan(
  c: Candidate,
  nameTerms: SnippetTerms,
  wordTerms: SnippetTerms,
): { fields: string[]; terms: SnippetTerms; tokens: number } {
  switch (c.table) {
    case "entities":
      if (c.tier <= 1) return { fields: ["name"], terms: nameTerms, tokens: 16 };
      if (c.tier === 2) return { fields: ["aliases"], terms: nameTerms, tokens: 16 };
      // The description first: when it holds as many searched words as the name, it says more.
      return { fields: ["description", "name", "aliases"], terms: wordTerms, tokens: 16 };
    case "events":
      return { fields: ["title", "description"], terms: c.tier <= 1 ? nameTerms : wordTerms, tokens: 16 };
    case "sources":
      return c.tier <= 1
        ? { fields: ["title", "author", "publisher"], terms: nameTerms, tokens: 24 }
        : { fields: ["title", "author", "publisher", "description", "text"], terms: wordTerms, tokens: 24 };
    case "annotations":
      return { fields: ["body", "tags"], terms: wordTerms, tokens: 24 };
  }
}

/** What each annotation annotates: its GraphQL type, id and label, a statement per target table. */
function annotationTargets(
  ctx: Context,
  annotations: Record<string, unknown>[],
): Map<string, { typeName: NodeTypeName; id: string; label: string }> {
  const out = new Map<string, { typeName: NodeTypeName; id: string; label: string }>();
  const idsOf = (type: string) => [...new Set(annotations.filter((a) => a.target_type === type).map((a) => String(a.target_id)))];
  const labelled: [string, string, string][] = [
    ["ENTITY", "entities", "name"],
    ["EVENT", "events", "title"],
    ["SOURCE", "sources", "title"],
    ["CASE", "cases", "coalesce(short_title, caption)"],
    ["CHARGE", "charges", "title"],
  ];
  for (const [type, table, column] of labelled) {
    const ids = idsOf(type);
    if (ids.length === 0) continue;
    const found = ctx.queries.raw<{ id: string; label: string; kind: string | null }>(
      `SELECT id, ${column} AS label, ${type === "ENTITY" ? "kind" : "NULL"} AS kind FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    );
    for (const row of found) {
      const typeName =
        type === "ENTITY"
          ? entityTypeNames[row.kind as keyof typeof entityTypeNames]
          : targetTypeNames[type as keyof typeof targetTypeNames];
      out.set(`${type}:${row.id}`, { typeName, id: row.id, label: row.label });
    }
  }
  for (const a of annotations) {
    const type = String(a.target_type);
    const key = `${type}:${a.target_id}`;
    if (out.has(key) || !(type in targetTypeNames)) continue;
    out.set(key, {
      typeName: targetTypeNames[type as keyof typeof targetTypeNames],
      id: String(a.target_id),
      label: `a ${type.toLowerCase().replaceAll("_", " ")}`,
    });
  }
  return out;
}
