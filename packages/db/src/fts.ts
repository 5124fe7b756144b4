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
