/**
 * The search port: what the API asks of a full-text index, engine-neutral. Questions are typed
 * (search terms, record kinds, keys, a case) and so are answers (ranked matches, names, facts,
 * rows with highlighted passages, name words); no query syntax crosses this boundary. Each engine
 * implements it (SQLite: ../sqlite/search.ts, over FTS5), and the conformance suite
 * (./conformance/search.ts) holds every implementation to the same answers.
 *
 * What the index guarantees, whatever the engine:
 * - User text is only ever words: quotes, parentheses, operators, `*` and column names in it are
 *   searched as words (or dropped as punctuation), never read as query syntax, never an error.
 * - Work per question is bounded: a ranking returns at most SEARCH_WINDOW matches, ranks among
 *   all its matches up to RANK_LIMIT (past that, among the RANK_LIMIT most recently added), and
 *   calls the search's deadline between steps and every few hundred rows.
 */
import type { AnnotationRow, EntityRow, EventRow, SourceRow } from "../tables/index.js";

/** How many of its best matches one ranking (rankNames, rankWords) returns at most. */
export const SEARCH_WINDOW = 1000;

/**
 * How many matches of one ranking are ranked: all of them up to here, whatever their age; past
 * it, this many of the most recently added.
 */
export const RANK_LIMIT = 20_000;

/** The searchable fields of each kind of record (what snippets are made from), on every engine. */
export const SEARCH_TEXT_FIELDS: Record<SearchKind, readonly string[]> = {
  entities: ["name", "aliases", "description"],
  events: ["title", "description"],
  sources: ["title", "author", "publisher", "description", "text"],
  annotations: ["body", "tags"],
};

/** The table and column labelling each kind of record annotations point at (targetLabels). */
export const SEARCH_TARGET_LABELS: readonly (readonly [type: string, table: string, column: string])[] = [
  ["ENTITY", "entities", "name"],
  ["EVENT", "events", "title"],
  ["SOURCE", "sources", "title"],
  ["CASE", "cases", "coalesce(short_title, caption)"],
  ["CHARGE", "charges", "title"],
];

/** At most this many words of a search are used. */
const MAX_WORDS = 16;

/** The words of a search: runs of letters and digits (NFKC-normalized), at most 16 words. */
export function searchWords(input: string): string[] {
  return input
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

/** One unit of a search: a word, or words in double quotes that must appear together, in order. */
export interface SearchTerm {
  words: string[];
  phrase: boolean;
}

/**
 * The terms of a search: words, and phrases where the text holds double quotes ("red fox").
 * An unclosed quote runs to the end. At most 16 words in all, as searchWords.
 */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let budget = MAX_WORDS;
  const parts = input.normalize("NFKC").split('"');
  parts.forEach((part, i) => {
    const words = searchWords(part).slice(0, budget);
    if (words.length === 0) return;
    budget -= words.length;
    // Odd parts were inside quotes; a quoted single word is just a word.
    if (i % 2 === 1 && words.length > 1) terms.push({ words, phrase: true });
    else for (const word of words) terms.push({ words: [word], phrase: false });
  });
  return terms;
}

/** The terms written back as a search: words, and phrases in double quotes. */
export function searchText(terms: readonly SearchTerm[]): string {
  return terms.map((t) => (t.phrase ? `"${t.words.join(" ")}"` : (t.words[0] as string))).join(" ");
}

/** The kinds of record the index holds. */
export type SearchKind = "entities" | "events" | "sources" | "annotations";
/** The kinds of record that have a name (entities: name and aliases; events: title; sources: title, author, publisher). */
export type NamedKind = Exclude<SearchKind, "annotations">;

/** The row type of each kind of record. */
export interface SearchRows {
  entities: EntityRow;
  events: EventRow;
  sources: SourceRow;
  annotations: AnnotationRow;
}

/** Stops a search past its time limit: `check` throws then. The index calls it between steps and rows. */
export interface SearchDeadline {
  check(): void;
}

export interface RankOptions {
  /**
   * Only records of this case (by case id): entities through their case roles, events and
   * annotations by their case. Sources belong to no case and are not narrowed by it.
   */
  caseId: string | null;
  deadline: SearchDeadline;
}

/**
 * A record a ranking found: its key in the index (a number that is opaque to callers, stable
 * while the record exists, to pass back to the other questions) and the index's relevance
 * (higher is better, comparable within one ranking).
 */
export interface RankedMatch {
  key: number;
  relevance: number;
}

/** What facets and facet filters need of a found record. */
export interface SearchFacts {
  /** A FactStatus (entities, events) or AnnotationStatus; null for sources. */
  status: string | null;
  /** The cases it belongs to (an entity's through its roles), each once. */
  caseSlugs: string[];
  /** An event's date or a source's publication date (YYYY[-MM[-DD]]); null for others. */
  date: string | null;
}

/** A record of a page of results, with what its passages are made from (a union over the kinds, told apart by `kind`). */
export type FoundRecord<K extends SearchKind = SearchKind> = K extends SearchKind
  ? {
      kind: K;
      row: SearchRows[K];
      /** The searchable fields as the index holds them, by column name (lists such as aliases as JSON text). */
      text: Readonly<Record<string, string | null>>;
    }
  : never;

/**
 * How a record matched, which decides where its passage comes from and how words match there:
 * NAME (its name or title, every word a prefix), ALIAS (its aliases, the same way), TEXT (any of
 * its fields, words stemmed).
 */
export type MatchedBy = "NAME" | "ALIAS" | "TEXT";

/** A passage of a record with the searched words between SNIPPET_OPEN and SNIPPET_CLOSE (plain text, not escaped). */
export interface Snippet {
  text: string;
  /** The field it comes from (`name`, `aliases`, `description`, `title`, `text`, `body`...). */
  field: string;
}

/** Makes the passages of one search's page of results, reading a bounded amount of text in all. */
export interface Highlighter {
  /** The passage of `record` that holds the most searched words, a few dozen words at most. */
  snippet(record: FoundRecord, matchedBy: MatchedBy): Snippet;
}

/** A record an annotation points at. */
export interface AnnotatedRecord {
  /** A target type (ENTITY, EVENT, SOURCE, CASE, CHARGE...). */
  type: string;
  id: string;
}

/** A word of the names index and how many records' names hold it. */
export interface NameWord {
  word: string;
  records: number;
}

/** A condition in the store engine's own SQL, with its parameters, for a store module of the same engine. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The entity directory's text filter: entities whose names or aliases hold the words (the last
 * one as a prefix, for type-ahead) or whose description holds them (whole words).
 */
export interface DirectoryFilter {
  /** How many entities, merged-away duplicates left out, match: counted in the index, no entity row read. */
  count(): Promise<number>;
  /** The condition that the entity row `alias` (an alias of the entities table in the same statement) matches. */
  condition(alias: string): SqlCondition;
}

export interface SearchIndex {
  /**
   * Records by what they are called: every word of the terms starts a word of the name (an
   * entity's name or an alias; an event's title; a source's title, author or publisher), phrases
   * as phrases. At most SEARCH_WINDOW, best first. Merged-away entities are left out.
   */
  rankNames(kind: NamedKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]>;
  /**
   * Records by any of their text (words stemmed: "voter" finds "voters"; phrases as phrases),
   * every term in the record, across its fields. At most SEARCH_WINDOW, best first.
   */
  rankWords(kind: SearchKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]>;
  /** What each record is called: an entity's name, an event's or source's title. */
  names(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>>;
  /**
   * Every word that names each record, as one text (for counting searched words in it, not for
   * display): an entity's name and its aliases, an event's or source's title.
   */
  nameTexts(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>>;
  /** Status, cases and date of each record, for facets. */
  facts(kind: SearchKind, keys: readonly number[]): Promise<Map<number, SearchFacts>>;
  /** The records of a page of results, one question per kind. */
  records<K extends SearchKind>(kind: K, keys: readonly number[]): Promise<Map<number, FoundRecord<K>>>;
  /** A highlighter for the page of one search (its terms), with its own reading budget. */
  highlighter(terms: readonly SearchTerm[]): Highlighter;
  /**
   * What annotated records are called, by `${type}:${id}`: an entity's name, an event's,
   * source's or charge's title, a case's short title or caption. Records of other types, and
   * records that no longer exist, are not in the answer.
   */
  targetLabels(targets: readonly AnnotatedRecord[]): Promise<Map<string, string>>;
  /** True when some record's name holds this (case- and diacritic-folded) word. */
  isNameWord(word: string): Promise<boolean>;
  /** Up to `limit` words of names that start with `prefix` (folded), in alphabetical order. */
  nameWordsStartingWith(prefix: string, limit: number): Promise<NameWord[]>;
  /** The directory's text filter, or null when the text has no searchable word (then nothing matches). */
  directoryFilter(text: string): DirectoryFilter | null;
}
