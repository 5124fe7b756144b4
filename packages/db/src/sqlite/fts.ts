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

/** The words of a search as toFtsQuery uses them: letters and digits, at most 16 words. */
export function searchWords(input: string): string[] {
  return input
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
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
  let budget = 16;
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

/**
 * An FTS5 MATCH expression for search terms: every term must match; phrases as phrases; with
 * `prefix`, every single word matches as a prefix (names, type-ahead on every word). `columns`
 * limits the match to some columns of the index.
 */
export function termsToFts(terms: SearchTerm[], options: { prefix?: boolean; columns?: string[] } = {}): string | null {
  if (terms.length === 0) return null;
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const body = terms
    .map((term) => (term.phrase ? quote(term.words.join(" ")) : `${quote(term.words[0] as string)}${options.prefix ? "*" : ""}`))
    .join(" ");
  return options.columns?.length ? `{${options.columns.join(" ")}} : (${body})` : body;
}
