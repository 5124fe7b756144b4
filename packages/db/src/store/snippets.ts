/**
 * Search snippets, made here rather than by the engine (FTS5's snippet() scores a window at
 * every match against every other match, so a long text full of the searched words cost it
 * minutes of CPU, and better-sqlite3 runs it on the event loop). Here the work is bounded: each
 * column is read up to SNIPPET_SCAN_CHARS, and one search reads at most SNIPPET_BUDGET_CHARS in
 * all, after which snippets come from the start of each column only. Engine-neutral: every
 * engine's SearchIndex.highlighter can use it (SQLite's does).
 */
import type { FoundRecord, Highlighter, MatchedBy, SearchKind, SearchTerm, Snippet } from "./search.js";
import { searchText, searchWords } from "./search.js";

/** Match markers around the searched words in a snippet (the API turns them into <mark> after HTML escaping). */
export const SNIPPET_OPEN = "\u0002";
export const SNIPPET_CLOSE = "\u0003";

/** How far into one column a snippet looks for matches. */
export const SNIPPET_SCAN_CHARS = 100_000;
/** How much text the snippets of one search may read in all. */
export const SNIPPET_BUDGET_CHARS = 1_000_000;
/** What each column is read to once the budget is spent. */
const SPENT_SCAN_CHARS = 2_000;

/** Tokens as FTS5's unicode61 tokenizer sees them: runs of letters, numbers and marks. */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** Case and diacritics folded, as `unicode61 remove_diacritics 2` does. */
export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize("NFKD").replace(/\p{M}+/gu, "");
}

export interface SnippetTerms {
  words: string[];
  /** The last word matches as a prefix (the names index, for type-ahead). */
  prefixLast: boolean;
  /** Every word matches as a prefix (names, type-ahead on every word). */
  prefixAll?: boolean;
  /**
   * Rough stems of the words (roughStem), when words also match their inflections ("spearphished"
   * marks "spearphishing"), as the stemmed indexes match.
   */
  stems?: string[];
}

export function snippetTerms(
  query: string,
  prefixLast: boolean,
  options: { prefixAll?: boolean; stem?: boolean } = {},
): SnippetTerms {
  const words = searchWords(query).map(foldToken);
  return { words, prefixLast, prefixAll: options.prefixAll, stems: options.stem ? words.map(roughStem) : undefined };
}

const SUFFIXES = ["ations", "ation", "ings", "ing", "ers", "er", "edly", "ed", "es", "s", "ly"];

/**
 * A rough English stem for marking matches in snippets: one common suffix off, the rest at least
 * three letters. It only decides what is highlighted; what matches is decided by FTS5's porter stemmer.
 */
export function roughStem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A shared reading budget for the snippets of one search. */
export class SnippetBudget {
  constructor(private remaining = SNIPPET_BUDGET_CHARS) {}

  /** Characters left to read (negative once the fallback reads of a spent budget are charged). */
  get left(): number {
    return this.remaining;
  }

  /** How many characters of a column of this length may be read, and charges them. */
  take(length: number): number {
    const allowed = this.remaining > 0 ? Math.min(length, SNIPPET_SCAN_CHARS) : Math.min(length, SPENT_SCAN_CHARS);
    this.remaining -= allowed;
    return allowed;
  }
}

interface Token {
  start: number;
  end: number;
  /** Index of the matching word, or -1. */
  term: number;
}

interface Window {
  score: number;
  text: string;
}

/**
 * The passage of `tokens` words that holds the most distinct search words (then the most
 * matches), from the best of the columns, with matches between SNIPPET_OPEN and SNIPPET_CLOSE and "…" where
 * text was left out.
 */
export function makeSnippet(
  columns: (string | null | undefined)[],
  terms: SnippetTerms,
  tokens: number,
  budget: SnippetBudget,
): string {
  return bestSnippet(columns, terms, tokens, budget).text;
}

/** As makeSnippet, and which column the passage comes from (-1 when every column is empty). */
export function bestSnippet(
  columns: (string | null | undefined)[],
  terms: SnippetTerms,
  tokens: number,
  budget: SnippetBudget,
): { text: string; column: number } {
  let best: Window | null = null;
  let at = -1;
  columns.forEach((column, i) => {
    if (!column) return;
    const window = bestWindow(column, terms, tokens, budget.take(column.length));
    if (!best || window.score > best.score) {
      best = window;
      at = i;
    }
  });
  return { text: (best as Window | null)?.text ?? "", column: at };
}

function matchTerm(folded: string, terms: SnippetTerms): number {
  const last = terms.words.length - 1;
  const stems = terms.stems;
  const stem = stems ? roughStem(folded) : "";
  for (let i = 0; i <= last; i++) {
    const word = terms.words[i] as string;
    if (folded === word) return i;
    if ((terms.prefixAll || (terms.prefixLast && i === last)) && folded.startsWith(word)) return i;
    if (stems && stem === stems[i]) return i;
  }
  return -1;
}

function bestWindow(column: string, terms: SnippetTerms, size: number, scanChars: number): Window {
  const isTruncated = scanChars < column.length;
  const scanned = isTruncated ? column.slice(0, scanChars) : column;
  const found: Token[] = [];
  for (const match of scanned.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    // A token cut by the scan limit is not a token.
    if (isTruncated && end === scanned.length) break;
    found.push({ start, end, term: matchTerm(foldToken(match[0]), terms) });
  }
  if (found.length === 0) return { score: 0, text: "" };
  const hits = found.flatMap((t, i) => (t.term >= 0 ? [i] : []));
  const isWhole = found.length <= size && !isTruncated;
  let from = 0;
  let score = 0;
  if (isWhole) score = windowScore(found, 0, found.length, terms.words.length);
  else {
    // Candidate windows start a few words before each match (at most every match scanned).
    for (const hit of hits) {
      const start = Math.max(0, Math.min(hit - 3, found.length - size));
      const candidate = windowScore(found, start, Math.min(found.length, start + size), terms.words.length);
      if (candidate > score) {
        score = candidate;
        from = start;
      }
    }
  }
  const to = isWhole ? found.length : Math.min(found.length, from + size);
  const first = found[from] as Token;
  const last = found[to - 1] as Token;
  let text = "";
  let at = isWhole ? 0 : first.start;
  for (let i = from; i < to; i++) {
    const token = found[i] as Token;
    if (token.term < 0) continue;
    text += `${column.slice(at, token.start)}${SNIPPET_OPEN}${column.slice(token.start, token.end)}${SNIPPET_CLOSE}`;
    at = token.end;
  }
  const end = isWhole ? column.length : last.end;
  text += column.slice(at, end);
  return { score, text: `${from > 0 ? "…" : ""}${text}${end < column.length ? "…" : ""}` };
}

/** 1,000 per distinct search word in the window, plus 1 per match. */
function windowScore(found: Token[], from: number, to: number, wordCount: number): number {
  const seen = new Array<boolean>(wordCount).fill(false);
  let score = 0;
  for (let i = from; i < to; i++) {
    const term = (found[i] as Token).term;
    if (term < 0) continue;
    score += seen[term] ? 1 : 1000;
    seen[term] = true;
  }
  return score;
}

/** Which fields a record's snippet comes from, how its words match there, and its length in words. */
function snippetPlan(
  kind: SearchKind,
  matchedBy: MatchedBy,
  nameTerms: SnippetTerms,
  wordTerms: SnippetTerms,
): { fields: string[]; terms: SnippetTerms; tokens: number } {
  switch (kind) {
    case "entities":
      if (matchedBy === "NAME") return { fields: ["name"], terms: nameTerms, tokens: 16 };
      if (matchedBy === "ALIAS") return { fields: ["aliases"], terms: nameTerms, tokens: 16 };
      // The description first: when it holds as many searched words as the name, it says more.
      return { fields: ["description", "name", "aliases"], terms: wordTerms, tokens: 16 };
    case "events":
      return { fields: ["title", "description"], terms: matchedBy === "TEXT" ? wordTerms : nameTerms, tokens: 16 };
    case "sources":
      return matchedBy === "TEXT"
        ? { fields: ["title", "author", "publisher", "description", "text"], terms: wordTerms, tokens: 24 }
        : { fields: ["title", "author", "publisher"], terms: nameTerms, tokens: 24 };
    case "annotations":
      return { fields: ["body", "tags"], terms: wordTerms, tokens: 24 };
  }
}

/**
 * A highlighter for one search's page (SearchIndex.highlighter): names matched as names (every
 * word a prefix), text as the stemmed indexes match it, one reading budget for the page.
 */
export function createHighlighter(terms: readonly SearchTerm[]): Highlighter {
  const budget = new SnippetBudget();
  const query = searchText(terms);
  const nameTerms = snippetTerms(query, true, { prefixAll: true });
  const wordTerms = snippetTerms(query, false, { stem: true });
  return {
    snippet(record: FoundRecord, matchedBy: MatchedBy): Snippet {
      const { fields, terms: words, tokens } = snippetPlan(record.kind, matchedBy, nameTerms, wordTerms);
      const best = bestSnippet(
        fields.map((f) => record.text[f] ?? null),
        words,
        tokens,
        budget,
      );
      return { text: best.text, field: fields[Math.max(0, best.column)] as string };
    },
  };
}
