/**
 * Search over entities, events, sources and annotations, through the store's search index
 * (store.search). Results rank over all matches, never by age: each ranking returns its
 * SEARCH_WINDOW best matches among all its matches (up to RANK_LIMIT of them; past that, among the
 * RANK_LIMIT most recent), and results rank by how they matched (an exact name, every word
 * starting a name word, an alias, then any text of the record, stemmed), then by the index's
 * relevance. A query that finds nothing is retried with the closest spelling of its words among
 * name words.
 *
 * Work per search is bounded: at most SEARCH_WINDOW rows per ranking, read against a time limit
 * (CASEFILE_SEARCH_TIMEOUT_MS, QUERY_TIMEOUT past it); snippets only for the returned page, only
 * when asked for, from a bounded amount of text (the index's highlighter); spelling suggestions
 * read at most SUGGEST_SCAN name words per unknown word.
 */
import {
  type FoundRecord,
  foldToken,
  type MatchedBy,
  type RankedMatch,
  type RankOptions,
  roughStem,
  SEARCH_WINDOW,
  type SearchDeadline,
  type SearchFacts,
  type SearchKind,
  type SearchTerm,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  searchTerms,
  searchText,
} from "@casefile/db";
import type { AnnotationRow, EntityRow, EventRow, SourceRow } from "@casefile/db/tables";
import { entityTypeNames } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { SearchMatch, SearchType } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";
import { type Connection, offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";

/** The search window and rank limit the service works within (the search-bounds test reads them here). */
export { RANK_LIMIT, SEARCH_WINDOW } from "@casefile/db";

/** A record found, tagged with its GraphQL type. */
export type SearchNode = (EntityRow | EventRow | SourceRow | AnnotationRow) & { __typename: NodeTypeName };

export interface SearchHit {
  type: SearchType;
  node: SearchNode;
  score: number;
  match: SearchMatch;
  label: string;
  status: string | null;
  caseSlugs: string[];
  /** Made when read (getters), so a search that does not ask for snippets makes none. */
  readonly snippet: string;
  readonly matchedField: string;
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
  return escapeHtml(tidy).replaceAll(SNIPPET_OPEN, "<mark>").replaceAll(SNIPPET_CLOSE, "</mark>");
}

/** Stops a search that runs past its time limit, checked between rows and between steps. */
class Deadline implements SearchDeadline {
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

/** Index queries per search, at most: the bound of any offset into its results. */
const INDEX_QUERIES = 8;

/** Name words read per unknown word when looking for a spelling (those sharing its first letter). */
export const SUGGEST_SCAN = 20_000;

/** 0: exact name or title; 1: every word starts a name (title) word; 2: an alias; 3: any text. */
type Tier = 0 | 1 | 2 | 3;
const MATCHES: Record<Tier, SearchMatch> = { 0: "EXACT_NAME", 1: "NAME", 2: "ALIAS", 3: "TEXT" };
/** Where a result's snippet comes from, by tier. */
const MATCHED_BY: Record<Tier, MatchedBy> = { 0: "NAME", 1: "NAME", 2: "ALIAS", 3: "TEXT" };
const TYPE_OF: Record<SearchKind, SearchType> = {
  entities: "ENTITY",
  events: "EVENT",
  sources: "SOURCE",
  annotations: "ANNOTATION",
};
const KINDS: SearchKind[] = ["entities", "events", "sources", "annotations"];

interface Candidate extends RankedMatch {
  kind: SearchKind;
  tier: Tier;
  /** For text matches: how many searched words the record's name (title) holds. */
  labelHits?: number;
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

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const foldedWords = (text: string) => Array.from(text.matchAll(TOKEN), (m) => foldToken(m[0]));

/** 0 when the name is the searched words, 1 when every searched word starts a word of it, else null. */
function nameTier(name: string, words: string[]): 0 | 1 | null {
  const nameWords = foldedWords(name);
  if (nameWords.join(" ") === words.join(" ")) return 0;
  return words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 1 : null;
}

/** Collects the ranked candidates of every kind of record for these terms. */
async function collect(ctx: Context, terms: SearchTerm[], caseId: string | null, deadline: Deadline): Promise<Candidate[]> {
  if (terms.length === 0) return [];
  const search = ctx.store.search;
  const options: RankOptions = { caseId, deadline };
  const folded = terms.flatMap((t) => t.words).map(foldToken);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const add = (kind: SearchKind, tier: Tier, matches: RankedMatch[]) => {
    for (const m of matches) {
      const key = `${kind}:${m.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ kind, tier, ...m });
    }
  };

  // Entities: what they are called (every word a prefix), then any of their text, stemmed.
  // Merged-away duplicates and, with a case, entities outside it are left out by the index.
  const named = await search.rankNames("entities", terms, options);
  const names = await search.names(
    "entities",
    named.map((m) => m.key),
  );
  const byTier: Record<Tier, RankedMatch[]> = { 0: [], 1: [], 2: [], 3: [] };
  for (const m of named) byTier[nameTier(names.get(m.key) ?? "", folded) ?? 2].push(m);
  add("entities", 0, byTier[0]);
  add("entities", 1, byTier[1]);
  add("entities", 2, byTier[2]);
  add("entities", 3, await search.rankWords("entities", terms, options));

  // Events: titles as names, then titles and descriptions.
  const titled = await search.rankNames("events", terms, options);
  const titles = await search.names(
    "events",
    titled.map((m) => m.key),
  );
  add(
    "events",
    0,
    titled.filter((m) => nameTier(titles.get(m.key) ?? "", folded) === 0),
  );
  add("events", 1, titled);
  add("events", 3, await search.rankWords("events", terms, options));

  // Sources: what people call them (title, author, publisher), then any of their text. Sources
  // belong to no case.
  const sourceNamed = await search.rankNames("sources", terms, options);
  const sourceTitles = await search.names(
    "sources",
    sourceNamed.map((m) => m.key),
  );
  add(
    "sources",
    0,
    sourceNamed.filter((m) => nameTier(sourceTitles.get(m.key) ?? "", folded) === 0),
  );
  add("sources", 1, sourceNamed);
  add("sources", 3, await search.rankWords("sources", terms, options));

  add("annotations", 3, await search.rankWords("annotations", terms, options));
  // Among text matches, records whose name (title) holds more of the searched words come first:
  // "GRU officers" is about the GRU before it is about a long text that says both words often.
  const stems = folded.map(roughStem);
  const labelHits = new Map<string, number>();
  for (const kind of ["entities", "events", "sources"] as const) {
    const keys = candidates.filter((c) => c.tier === 3 && c.kind === kind).map((c) => c.key);
    for (const [key, label] of await search.nameTexts(kind, keys)) {
      const words = new Set(foldedWords(label).map(roughStem));
      labelHits.set(`${kind}:${key}`, stems.filter((w) => words.has(w)).length);
    }
  }
  for (const c of candidates) c.labelHits = c.tier === 3 ? (labelHits.get(`${c.kind}:${c.key}`) ?? 0) : 0;
  candidates.sort((a, b) => a.tier - b.tier || (b.labelHits ?? 0) - (a.labelHits ?? 0) || b.relevance - a.relevance);
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
async function suggest(ctx: Context, terms: SearchTerm[], deadline: Deadline): Promise<SearchTerm[] | null> {
  const search = ctx.store.search;
  let changed = false;
  const corrected: SearchTerm[] = [];
  for (const term of terms) {
    const words: string[] = [];
    for (const raw of term.words) {
      const word = foldToken(raw);
      if (word.length < 4 || /\p{N}/u.test(word) || (await search.isNameWord(word))) {
        words.push(raw);
        continue;
      }
      deadline.check();
      const max = word.length <= 5 ? 1 : 2;
      let best: { word: string; distance: number; records: number } | null = null;
      for (const near of await search.nameWordsStartingWith(word.slice(0, 1), SUGGEST_SCAN)) {
        if (Math.abs(near.word.length - word.length) > max) continue;
        const distance = editDistance(word, near.word, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && near.records > best.records)) {
          best = { word: near.word, distance, records: near.records };
        }
      }
      if (!best) {
        words.push(raw);
        continue;
      }
      changed = true;
      words.push(best.word);
    }
    corrected.push({ ...term, words });
  }
  return changed ? corrected : null;
}

/** Facts of every candidate (status, cases, date), a question per kind. */
async function factsOf(ctx: Context, candidates: Candidate[]): Promise<Map<string, SearchFacts>> {
  const facts = new Map<string, SearchFacts>();
  for (const kind of KINDS) {
    const keys = [...new Set(candidates.filter((c) => c.kind === kind).map((c) => c.key))];
    for (const [key, fact] of await ctx.store.search.facts(kind, keys)) facts.set(`${kind}:${key}`, fact);
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

  let candidates = await collect(ctx, terms, caseId, deadline);
  let didYouMean: string | null = null;
  let isCorrected = false;
  if (candidates.length === 0) {
    const corrected = await suggest(ctx, terms, deadline);
    if (corrected) {
      didYouMean = searchText(corrected);
      candidates = await collect(ctx, corrected, caseId, deadline);
      isCorrected = candidates.length > 0;
      if (isCorrected) terms = corrected;
    }
  }
  deadline.check();

  // Facets count every ranked candidate; the facet filters then keep some.
  const facts = await factsOf(ctx, candidates);
  const factOf = (c: Candidate): SearchFacts => facts.get(`${c.kind}:${c.key}`) ?? { status: null, caseSlugs: [], date: null };
  const dates = candidates
    .map((c) => factOf(c).date)
    .filter((d): d is string => d != null)
    .sort();
  const facets = {
    types: counted(candidates.map((c) => TYPE_OF[c.kind])),
    cases: counted(candidates.flatMap((c) => factOf(c).caseSlugs)),
    statuses: counted(candidates.map((c) => factOf(c).status).filter((s): s is string => s != null)),
    earliestDate: dates[0] ?? null,
    latestDate: dates.at(-1) ?? null,
  };
  const types = new Set<SearchType>(args.types?.length ? args.types : ["ENTITY", "EVENT", "SOURCE", "ANNOTATION"]);
  const statuses = args.statuses?.length ? new Set(args.statuses) : null;
  const kept = candidates.filter((c) => {
    if (!types.has(TYPE_OF[c.kind])) return false;
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

  // Phase two: the page's records, one question per kind. Snippets are made from them when read.
  const highlighter = ctx.store.search.highlighter(terms);
  const records = new Map<string, FoundRecord>();
  for (const kind of KINDS) {
    const keys = page.filter((c) => c.kind === kind).map((c) => c.key);
    for (const [key, record] of await ctx.store.search.records(kind, keys)) records.set(`${kind}:${key}`, record);
  }
  const annotated = [...records.values()].flatMap((r) =>
    r.kind === "annotations" ? [{ type: r.row.targetType, id: r.row.targetId }] : [],
  );
  const targetLabels = await ctx.store.search.targetLabels(annotated);
  deadline.check();
  const hits: SearchHit[] = [];
  for (const c of page) {
    const record = records.get(`${c.kind}:${c.key}`);
    if (!record) continue;
    let made: { text: string; field: string } | undefined;
    const make = () => {
      if (!made) {
        const snippet = highlighter.snippet(record, MATCHED_BY[c.tier]);
        made = { text: renderSnippet(snippet.text), field: snippet.field };
      }
      return made;
    };
    const fact = factOf(c);
    hits.push({
      type: TYPE_OF[c.kind],
      node: tagged(record),
      // Bands in the order results rank: how they matched, name words among text matches, the index's relevance.
      score: (3 - c.tier) * 100_000 + (c.labelHits ?? 0) * 1000 + Math.min(999, Math.max(0, c.relevance)),
      match: MATCHES[c.tier],
      label: labelOf(record, targetLabels),
      status: fact.status,
      caseSlugs: fact.caseSlugs,
      get snippet() {
        return make().text;
      },
      get matchedField() {
        return make().field;
      },
    });
  }
  return {
    ...offsetConnection(hits, Math.max(kept.length, offset + hits.length), offset, size),
    facets,
    didYouMean,
    isCorrected,
  };
}

/** A found record's row, tagged with its GraphQL type. */
function tagged(record: FoundRecord): SearchNode {
  switch (record.kind) {
    case "entities":
      return { ...record.row, __typename: entityTypeNames[record.row.kind] };
    case "events":
      return { ...record.row, __typename: "Event" };
    case "sources":
      return { ...record.row, __typename: "Source" };
    case "annotations":
      return { ...record.row, __typename: "Annotation" };
  }
}

/** What a result is called: its name or title; for an annotation, what it annotates. */
function labelOf(record: FoundRecord, targetLabels: Map<string, string>): string {
  switch (record.kind) {
    case "entities":
      return record.row.name;
    case "events":
    case "sources":
      return record.row.title;
    case "annotations": {
      const { targetType, targetId } = record.row;
      const type = targetType.toLowerCase().replaceAll("_", " ");
      return `Note on ${targetLabels.get(`${targetType}:${targetId}`) ?? (targetType in targetTypeNames ? `a ${type}` : type)}`;
    }
  }
}
