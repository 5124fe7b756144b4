/**
 * The search port (../store/search.ts) over SQLite's FTS5 indexes: entity_names_fts (names and
 * aliases), entity_text_fts and entity_descriptions_fts (stemmed text), events_fts, sources_fts,
 * annotations_fts, and entity_names_vocab (the words of names, for spelling suggestions). User
 * text becomes quoted FTS5 terms and phrases here, never FTS5 syntax.
 *
 * Rankings read the read connection row by row against the search's deadline: FTS5 computes
 * bm25 for every match before the first row comes back, which no deadline can interrupt, so a
 * query is first counted up to RANK_LIMIT (streaming, cheap). Up to there, every match is ranked
 * by bm25, whatever its age; past it, the RANK_LIMIT most recent matches (highest rowid).
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
import { toRecord } from "./queries.js";
import type { SqliteSession } from "./session.js";

/**
 * Turns anything a person types into a safe FTS5 MATCH expression. FTS5 has its own query
 * language (quotes, AND/OR/NOT, NEAR, column filters, `*`, parentheses) in which stray input is
 * a syntax error; we never pass user text through as syntax. Each word becomes a quoted term,
 * all terms must match, and the last term matches as a prefix so results appear while typing.
 */
export function toFtsQuery(input: string, options: { prefixLast?: boolean } = {}): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  const prefixLast = options.prefixLast ?? true;
  return words
    .map((word, i) => {
      const quoted = `"${word.replaceAll('"', '""')}"`;
      return prefixLast && i === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(" ");
}

/**
 * An FTS5 MATCH expression for search terms: every term must match; phrases as phrases; with
 * `prefix`, every single word matches as a prefix (names, type-ahead on every word). `columns`
 * limits the match to some columns of the index.
 */
export function termsToFts(terms: readonly SearchTerm[], options: { prefix?: boolean; columns?: string[] } = {}): string | null {
  if (terms.length === 0) return null;
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const body = terms
    .map((term) => (term.phrase ? quote(term.words.join(" ")) : `${quote(term.words[0] as string)}${options.prefix ? "*" : ""}`))
    .join(" ");
  return options.columns?.length ? `{${options.columns.join(" ")}} : (${body})` : body;
}

/**
 * A condition on an entity index's `f.rowid`: not merged away into another entity. The merged
 * are few and have their own index, so this reads no entity row per match.
 */
export const NOT_MERGED = "f.rowid NOT IN (SELECT rowid FROM entities WHERE merged_into_id IS NOT NULL)";

/** Rowids of the entities whose name or aliases (first parameter) or description (second) match. */
const TEXT_MATCHES =
  "SELECT rowid FROM entity_names_fts WHERE entity_names_fts MATCH ? UNION SELECT rowid FROM entity_descriptions_fts WHERE entity_descriptions_fts MATCH ?";

/** One FTS5 index, its bm25 column weights, and the columns that name its records. */
interface FtsIndex {
  fts: string;
  weights: string;
  nameColumns?: string[];
}

const SOURCE_WEIGHTS = "10.0, 5.0, 5.0, 2.0, 1.0";

/** The index each kind is ranked by name in (every name word a prefix). */
const NAME_INDEXES: Record<NamedKind, FtsIndex> = {
  entities: { fts: "entity_names_fts", weights: "10.0, 5.0" },
  events: { fts: "events_fts", weights: "10.0, 1.0", nameColumns: ["title"] },
  sources: { fts: "sources_fts", weights: SOURCE_WEIGHTS, nameColumns: ["title", "author", "publisher"] },
};

/** The index each kind is ranked by words in (stemmed). */
const TEXT_INDEXES: Record<SearchKind, FtsIndex> = {
  entities: { fts: "entity_text_fts", weights: "10.0, 5.0, 1.0" },
  events: { fts: "events_fts", weights: "10.0, 1.0" },
  sources: { fts: "sources_fts", weights: SOURCE_WEIGHTS },
  annotations: { fts: "annotations_fts", weights: "1.0, 2.0" },
};

/**
 * The condition on `f.rowid` that keeps the records of a case (or, for entities, the ones not
 * merged away), with its parameters. Sources belong to no case.
 */
function scopeOf(kind: SearchKind, caseId: string | null): { filter?: string; params: unknown[] } {
  switch (kind) {
    case "entities":
      return caseId
        ? {
            filter:
              "+f.rowid IN (SELECT e.rowid FROM case_roles cr JOIN entities e ON e.id = cr.entity_id WHERE cr.case_id = ? AND e.merged_into_id IS NULL)",
            params: [caseId],
          }
        : { filter: NOT_MERGED, params: [] };
    case "events":
      return caseId ? { filter: "+f.rowid IN (SELECT rowid FROM events WHERE case_id = ?)", params: [caseId] } : { params: [] };
    case "annotations":
      return caseId
        ? { filter: "+f.rowid IN (SELECT rowid FROM annotations WHERE case_id = ?)", params: [caseId] }
        : { params: [] };
    case "sources":
      return { params: [] };
  }
}

/** The column that names each kind of record, and the text of all the words naming it. */
const NAME_COLUMNS: Record<NamedKind, { name: string; nameText: string }> = {
  entities: { name: "t.name", nameText: "t.name || ' ' || t.aliases AS label" },
  events: { name: "t.title", nameText: "t.title AS label" },
  sources: { name: "t.title", nameText: "t.title AS label" },
};

export class SqliteSearchIndex implements SearchIndex {
  constructor(private readonly session: SqliteSession) {}

  private get queries() {
    return this.session.queries;
  }

  async rankNames(kind: NamedKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]> {
    const index = NAME_INDEXES[kind];
    const match = termsToFts(terms, { prefix: true, columns: index.nameColumns });
    return match ? this.ranked(index, match, kind, options) : [];
  }

  async rankWords(kind: SearchKind, terms: readonly SearchTerm[], options: RankOptions): Promise<RankedMatch[]> {
    const match = termsToFts(terms);
    return match ? this.ranked(TEXT_INDEXES[kind], match, kind, options) : [];
  }

  /** The best SEARCH_WINDOW matches of one FTS5 query, best first, read against the deadline. */
  private ranked(index: FtsIndex, match: string, kind: SearchKind, options: RankOptions): RankedMatch[] {
    const { deadline } = options;
    const { fts, weights } = index;
    const { filter, params } = scopeOf(kind, options.caseId);
    deadline.check();
    const where = `${fts} MATCH ? ${filter ? `AND ${filter}` : ""}`;
    const count = this.queries.value<number>(
      `SELECT count(*) FROM (SELECT 1 FROM ${fts} f WHERE ${where} LIMIT ${RANK_LIMIT + 1})`,
      [match, ...params],
    ) as number;
    deadline.check();
    if (count <= RANK_LIMIT) {
      return this.queries
        .raw<{ rowid: number; bm25: number }>(
          `SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS bm25 FROM ${fts} f
         WHERE ${where} ORDER BY bm25(${fts}, ${weights}) LIMIT ${SEARCH_WINDOW}`,
          [match, ...params],
        )
        .map((r) => ({ key: r.rowid, relevance: r.bm25 }));
    }
    const rows = this.queries
      .statement(
        `SELECT f.rowid AS rowid, -bm25(${fts}, ${weights}) AS bm25 FROM ${fts} f
       WHERE ${where} ORDER BY f.rowid DESC LIMIT ${RANK_LIMIT}`,
      )
      .iterate(match, ...params) as IterableIterator<{ rowid: number; bm25: number }>;
    const out: RankedMatch[] = [];
    for (const row of rows) {
      out.push({ key: row.rowid, relevance: row.bm25 });
      if (out.length % 500 === 0) deadline.check();
    }
    return out.sort((a, b) => b.relevance - a.relevance).slice(0, SEARCH_WINDOW);
  }

  /** Rows of a table by rowid, some columns, in one statement. */
  private byRowid<T>(table: SearchKind, columns: string, rowids: readonly number[]): (T & { _rowid: number })[] {
    if (rowids.length === 0) return [];
    return this.queries.raw<T & { _rowid: number }>(
      `SELECT t.rowid AS _rowid, ${columns} FROM ${table} t WHERE t.rowid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(rowids)],
    );
  }

  async names(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>> {
    const rows = this.byRowid<{ name?: string; title?: string }>(kind, NAME_COLUMNS[kind].name, keys);
    return new Map(rows.map((r) => [r._rowid, r.name ?? r.title ?? ""]));
  }

  async nameTexts(kind: NamedKind, keys: readonly number[]): Promise<Map<number, string>> {
    const rows = this.byRowid<{ label: string }>(kind, NAME_COLUMNS[kind].nameText, keys);
    return new Map(rows.map((r) => [r._rowid, r.label]));
  }

  async facts(kind: SearchKind, keys: readonly number[]): Promise<Map<number, SearchFacts>> {
    const facts = new Map<number, SearchFacts>();
    switch (kind) {
      case "entities":
        for (const r of this.byRowid<{ status: string; slugs: string | null }>(
          "entities",
          "t.status, (SELECT json_group_array(c.slug) FROM case_roles cr JOIN cases c ON c.id = cr.case_id WHERE cr.entity_id = t.id) AS slugs",
          keys,
        )) {
          facts.set(r._rowid, { status: r.status, caseSlugs: [...new Set(JSON.parse(r.slugs ?? "[]") as string[])], date: null });
        }
        break;
      case "events":
        for (const r of this.byRowid<{ status: string; slug: string | null; date: string }>(
          "events",
          "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug, t.date",
          keys,
        )) {
          facts.set(r._rowid, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: r.date });
        }
        break;
      case "sources":
        for (const r of this.byRowid<{ date: string | null }>("sources", "t.published_date AS date", keys)) {
          facts.set(r._rowid, { status: null, caseSlugs: [], date: r.date });
        }
        break;
      case "annotations":
        for (const r of this.byRowid<{ status: string; slug: string | null }>(
          "annotations",
          "t.status, (SELECT slug FROM cases c WHERE c.id = t.case_id) AS slug",
          keys,
        )) {
          facts.set(r._rowid, { status: r.status, caseSlugs: r.slug ? [r.slug] : [], date: null });
        }
        break;
    }
    return facts;
  }

  async records<K extends SearchKind>(kind: K, keys: readonly number[]): Promise<Map<number, FoundRecord<K>>> {
    const out = new Map<number, FoundRecord<K>>();
    for (const { _rowid, ...raw } of this.byRowid<Record<string, unknown>>(kind, "t.*", keys)) {
      const text: Record<string, string | null> = {};
      for (const field of SEARCH_TEXT_FIELDS[kind]) text[field] = (raw[field] as string | null | undefined) ?? null;
      // One kind per call: the record is the member of the union for `kind`.
      out.set(_rowid, { kind, row: toRecord<SearchRows[K]>(raw), text } as FoundRecord<K>);
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
      const found = this.queries.raw<{ id: string; label: string }>(
        `SELECT id, ${column} AS label FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(ids)],
      );
      for (const row of found) out.set(`${type}:${row.id}`, row.label);
    }
    return out;
  }

  async isNameWord(word: string): Promise<boolean> {
    return Boolean(this.queries.value<number>("SELECT 1 FROM entity_names_vocab WHERE term = ?", [word]));
  }

  async nameWordsStartingWith(prefix: string, limit: number): Promise<NameWord[]> {
    if (prefix.length === 0 || !(limit > 0)) return [];
    // Words from the prefix up to (not including) the prefix with its last character raised by one.
    const last = prefix.slice(-1);
    const end = prefix.slice(0, -1) + String.fromCodePoint((last.codePointAt(0) as number) + 1);
    return this.queries
      .raw<{ term: string; doc: number }>(
        `SELECT term, doc FROM entity_names_vocab WHERE term >= ? AND term < ? LIMIT ${Math.floor(limit)}`,
        [prefix, end],
      )
      .map((r) => ({ word: r.term, records: r.doc }));
  }

  directoryFilter(text: string): DirectoryFilter | null {
    const match = toFtsQuery(text);
    const words = toFtsQuery(text, { prefixLast: false });
    // Text with no searchable words matches nothing rather than everything.
    if (!match || !words) return null;
    return {
      count: async () =>
        this.queries.value<number>(`SELECT count(*) FROM (${TEXT_MATCHES}) f WHERE ${NOT_MERGED}`, [match, words]) ?? 0,
      condition: (alias) => ({ sql: `${alias}.rowid IN (${TEXT_MATCHES})`, params: [match, words] }),
    };
  }
}
