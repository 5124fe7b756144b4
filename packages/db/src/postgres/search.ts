/**
 * The search port (../store/search.ts) over PostgreSQL's text search: the side tables of
 * migrations-postgres/0001_search.sql (search_entities, search_events, search_sources,
 * search_annotations: a numeric key per record and its tsvectors, with GIN indexes) and
 * search_name_words (the words of entity names, for "did you mean"). Names match in the
 * `casefile_names` configuration (folded, not stemmed; every word a prefix with `:*`), words in
 * `casefile_words` (folded, Snowball English stems, no stop words), phrases with `<->`.
 *
 * User text never becomes tsquery syntax: the port's parsed terms (runs of letters and digits)
 * are each written as one quoted, escaped operand of `to_tsquery`, joined by `&` (and `<->`
 * inside a phrase); the query text goes to the server as a parameter.
 *
 * Rankings are bounded like SQLite's: a query is first counted up to RANK_LIMIT + 1 (the GIN
 * index answers without ranking). Up to RANK_LIMIT, every match is ranked by ts_rank over the
 * weighted vector (names A, aliases and authors B, descriptions C, texts D; length-normalized),
 * whatever its age; past it, the RANK_LIMIT most recently added matches (highest key). The deadline is checked between statements and every few hundred rows.
 */
import type {
  AnnotatedRecord,
  DirectoryFilter,
  FoundRecord,
  Highlighter,
  NamedKind,
  NameWord,
  RankedMatch,
  RankOptions,
  SearchFacts,
  SearchIndex,
  SearchKind,
  SearchRows,
  SearchTerm,
} from "../store/search.js";
import { RANK_LIMIT, SEARCH_TARGET_LABELS, SEARCH_TEXT_FIELDS, SEARCH_WINDOW, searchWords } from "../store/search.js";
import { createHighlighter } from "../store/snippets.js";
import type { PostgresSession } from "./session.js";

/**
 * Longest lexeme PostgreSQL indexes (bytes): longer words are never in a tsvector, so a search
 * that requires one matches nothing (and is not sent).
 */
const MAX_LEXEME_BYTES = 2046;

/** A word as one quoted tsquery operand: only a lexeme, whatever characters it holds. */
function operand(word: string): string {
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

function isIndexable(word: string): boolean {
  return Buffer.byteLength(word, "utf8") <= MAX_LEXEME_BYTES;
}

/**
 * A `to_tsquery` text for search terms: every term required (with `any`, any term: the query
 * that ranks); phrases as phrases (`<->`); with `prefix`, every single word a prefix (`:*`). Null
 * when nothing can match (no terms, or a word longer than any indexed word).
 */
export function termsToTsquery(terms: readonly SearchTerm[], options: { prefix?: boolean; any?: boolean } = {}): string | null {
  if (terms.length === 0) return null;
  if (terms.some((t) => !t.words.every(isIndexable))) return null;
  return terms
    .map((term) =>
      term.phrase
        ? `(${term.words.map(operand).join(" <-> ")})`
        : `${operand(term.words[0] as string)}${options.prefix ? ":*" : ""}`,
    )
    .join(options.any ? " | " : " & ");
}

/**
 * A `to_tsquery` text for the words of a text: all required, with `prefixLast` the last one a
 * prefix. Null when the text has no words; empty (a query matching nothing) when a word is longer
 * than any indexed word.
 */
export function wordsToTsquery(text: string, prefixLast: boolean): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  if (!words.every(isIndexable)) return "";
  return words.map((word, i) => `${operand(word)}${prefixLast && i === words.length - 1 ? ":*" : ""}`).join(" & ");
}

/** The side table of each kind. */
const SEARCH_TABLES: Record<SearchKind, string> = {
  entities: "search_entities",
  events: "search_events",
  sources: "search_sources",
  annotations: "search_annotations",
};

/** A condition on the side table `s`: not merged away into another entity (the merged are few and indexed). */
const NOT_MERGED = "s.id NOT IN (SELECT id FROM entities WHERE merged_into_id IS NOT NULL)";

/**
 * The condition on the side table `s` that keeps the records of a case (or, for entities, the
 * ones not merged away), with its parameters. Sources belong to no case.
 */
function scopeOf(kind: SearchKind, caseId: string | null): { filter?: string; params: unknown[] } {
  switch (kind) {
    case "entities":
      return caseId
        ? {
            filter:
              "s.id IN (SELECT e.id FROM case_roles cr JOIN entities e ON e.id = cr.entity_id WHERE cr.case_id = ? AND e.merged_into_id IS NULL)",
            params: [caseId],
          }
        : { filter: NOT_MERGED, params: [] };
    case "events":
      return caseId ? { filter: "s.id IN (SELECT id FROM events WHERE case_id = ?)", params: [caseId] } : { params: [] };
    case "annotations":
      return caseId ? { filter: "s.id IN (SELECT id FROM annotations WHERE case_id = ?)", params: [caseId] } : { params: [] };
    case "sources":
      return { params: [] };
  }
}

/** The column that names each kind of record, and the text of all the words naming it. */
const NAME_COLUMNS: Record<NamedKind, { name: string; nameText: string }> = {
  entities: { name: "t.name", nameText: "t.name || ' ' || t.aliases::text" },
  events: { name: "t.title", nameText: "t.title" },
  sources: { name: "t.title", nameText: "t.title" },
};

/** A field's value as the index reads it: text as is, lists (aliases, tags) as JSON text. */
function fieldText(value: unknown): string | null {
  if (value == null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A record read with its key (`_key`), and the record without it. */
function withoutKey<T>(record: T & { _key: number }): { _key: number; row: T } {
  const { _key, ...row } = record;
  return { _key, row: row as T };
}

export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly session: PostgresSession) {}

  async rankNames(kind: NamedKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]> {
    const query = termsToTsquery(terms, { prefix: true });
    const any = termsToTsquery(terms, { prefix: true, any: true });
    return query && any ? this.ranked(kind, "names", "casefile_names", query, any, options) : [];
  }

  async rankWords(kind: SearchKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]> {
    const query = termsToTsquery(terms);
    const any = termsToTsquery(terms, { any: true });
    return query && any ? this.ranked(kind, "words", "casefile_words", query, any, options) : [];
  }

  /** The best SEARCH_WINDOW matches of one text query, best first, read against the deadline. */
  private async ranked(
    kind: SearchKind,
    column: "names" | "words",
    config: string,
    query: string,
    any: string,
    options: RankOptions,
  ): Promise<RankedMatch[]> {
    const { deadline } = options;
    const table = SEARCH_TABLES[kind];
    const { filter, params } = scopeOf(kind, options.caseId);
    const where = `s.${column} @@ q.query ${filter ? `AND ${filter}` : ""}`;
    const from = `${table} s, to_tsquery('${config}', ?) AS q(query)`;
    deadline.check();
    const count =
      (await this.session.value<number>(
        `SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${RANK_LIMIT + 1}) AS m`,
        [query, ...params],
      )) ?? 0;
    deadline.check();
    if (count === 0) return [];
    // Ranked by the query with its terms joined by OR: ts_rank then adds up each term's weighted
    // occurrences (names before aliases before descriptions before texts), as bm25 does, rather
    // than rewarding terms near each other, which would put a short description holding every
    // word above the record named by one of them.
    const ranking = `${from}, to_tsquery('${config}', ?) AS r(query)`;
    const rank = `ts_rank(s.${column}, r.query, 1)`;
    if (count <= RANK_LIMIT) {
      const rows = await this.session.raw<{ key: number; relevance: number }>(
        `SELECT s.key AS key, ${rank} AS relevance FROM ${ranking}
         WHERE ${where} ORDER BY relevance DESC, s.key DESC LIMIT ${SEARCH_WINDOW}`,
        [query, any, ...params],
      );
      deadline.check();
      return rows.map((r) => ({ key: r.key, relevance: r.relevance }));
    }
    const rows = await this.session.raw<{ key: number; relevance: number }>(
      `SELECT s.key AS key, ${rank} AS relevance FROM ${ranking}
       WHERE ${where} ORDER BY s.key DESC LIMIT ${RANK_LIMIT}`,
      [query, any, ...params],
    );
    const out: RankedMatch[] = [];
    for (const row of rows) {
      out.push({ key: row.key, relevance: row.relevance });
      if (out.length % 500 === 0) deadline.check();
    }
    deadline.check();
    return out.sort((a, b) => b.relevance - a.relevance).slice(0, SEARCH_WINDOW);
  }

  /** Rows of a kind's table by key, some columns, in one statement. */
  private async byKey<T>(kind: SearchKind, columns: string, keys: readonly number[]): Promise<(T & { _key: number })[]> {
    if (keys.length === 0) return [];
    return this.session.all<T & { _key: number }>(
      `SELECT s.key AS _key, ${columns} FROM ${SEARCH_TABLES[kind]} s JOIN ${kind} t ON t.id = s.id WHERE s.key = ANY(?::bigint[])`,
      [[...keys]],
    );
  }

  async names(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>> {
    const rows = await this.byKey<{ label: string }>(kind, `${NAME_COLUMNS[kind].name} AS label`, keys);
    return new Map(rows.map((r) => [r._key, r.label]));
  }

  async nameTexts(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>> {
    const rows = await this.byKey<{ label: string }>(kind, `${NAME_COLUMNS[kind].nameText} AS label`, keys);
    return new Map(rows.map((r) => [r._key, r.label]));
  }

  async facts(kind: SearchKind, keys: readonly number[]): Promise<Map<number, SearchFacts>> {
    const facts = new Map<number, SearchFacts>();
    switch (kind) {
      case "entities":
        for (const r of await this.byKey<{ status: string; slugs: string[] | null }>(
          "entities",
          "t.status, ARRAY(SELECT DISTINCT c.slug FROM case_roles cr JOIN cases c ON c.id = cr.case_id WHERE cr.entity_id = t.id ORDER BY c.slug) AS slugs",
          keys,
        )) {
          facts.set(r._key, { status: r.status, caseSlugs: r.slugs ?? [], date: null });
        }
        break;
      case "events":
        for (const r of await this.byKey<{ status: string; slug: string | null; date: string }>(
          "events",
          "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug, t.date",
          keys,
        )) {
          facts.set(r._key, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: r.date });
        }
        break;
      case "sources":
        for (const r of await this.byKey<{ date: string | null }>("sources", "t.published_date AS date", keys)) {
          facts.set(r._key, { status: null, caseSlugs: [], date: r.date });
        }
        break;
      case "annotations":
        for (const r of await this.byKey<{ status: string; slug: string | null }>(
          "annotations",
          "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug",
          keys,
        )) {
          facts.set(r._key, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: null });
        }
        break;
    }
    return facts;
  }

  async records<K extends SearchKind>(kind: K, keys: readonly number[]): Promise<Map<number, FoundRecord<K>>> {
    const out = new Map<number, FoundRecord<K>>();
    for (const record of await this.byKey<SearchRows[K]>(kind, "t.*", keys)) {
      const { _key, row } = withoutKey(record);
      const fields: Record<string, unknown> = row;
      const text: Record<string, string | null> = {};
      for (const field of SEARCH_TEXT_FIELDS[kind]) text[field] = fieldText(fields[field]);
      // One kind per call: the record is the member of the union for `kind`.
      out.set(_key, { kind, row, text } as FoundRecord<K>);
    }
    return out;
  }

  highlighter(terms: readonly SearchTerm[]): Highlighter {
    return createHighlighter(terms);
  }

  async targetLabels(targets: readonly AnnotatedRecord[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [type, table, column] of SEARCH_TARGET_LABELS) {
      const ids = [...new Set(targets.filter((t) => t.type === type).map((t) => t.id))];
      if (ids.length === 0) continue;
      const found = await this.session.all<{ id: string; label: string }>(
        `SELECT id, ${column} AS label FROM ${table} WHERE id = ANY(?::text[])`,
        [ids],
      );
      for (const row of found) out.set(`${type}:${row.id}`, row.label);
    }
    return out;
  }

  async isNameWord(word: string): Promise<boolean> {
    return Boolean(await this.session.value<number>("SELECT 1 FROM search_name_words WHERE word = ?", [word]));
  }

  async nameWordsStartingWith(prefix: string, limit: number): Promise<NameWord[]> {
    if (prefix.length === 0 || !(limit > 0)) return [];
    // Words from the prefix up to (not including) the prefix with its last character raised by one.
    const last = prefix.slice(-1);
    const end = prefix.slice(0, -1) + String.fromCodePoint((last.codePointAt(0) as number) + 1);
    const rows = await this.session.all<{ word: string; records: number }>(
      `SELECT word, records FROM search_name_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ${Math.floor(limit)}`,
      [prefix, end],
    );
    return rows.map((r) => ({ word: r.word, records: r.records }));
  }

  directoryFilter(text: string): DirectoryFilter | null {
    const names = wordsToTsquery(text, true);
    const words = wordsToTsquery(text, false);
    // Text with no searchable words matches nothing rather than everything.
    if (names === null || words === null) return null;
    // A word longer than any indexed word: nothing can match.
    const matches =
      names === ""
        ? "SELECT s.id FROM search_entities s WHERE false"
        : "SELECT s.id FROM search_entities s WHERE s.names @@ to_tsquery('casefile_names', ?) OR s.description @@ to_tsquery('casefile_names', ?)";
    const params = names === "" ? [] : [names, words];
    return {
      count: async () =>
        (await this.session.value<number>(`SELECT count(*) FROM (${matches}) AS s WHERE ${NOT_MERGED}`, params)) ?? 0,
      condition: (alias) => ({ sql: `${alias}.id IN (${matches})`, params }),
    };
  }
}
