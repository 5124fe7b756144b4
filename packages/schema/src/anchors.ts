/**
 * Anchoring quotes in source text the way the W3C Web Annotation model does: a
 * TextQuoteSelector (exact, prefix, suffix) that survives edits, plus a TextPositionSelector
 * (start, end) that is fast and precise while the text is unchanged.
 */

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
}

export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnchorResult = { anchor: Anchor } | { error: string };

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(exact, from);
    if (at < 0) return found;
    found.push(at);
    from = at + 1;
  }
}

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/**
 * Finds the one place a quote occurs. With several occurrences, prefix and suffix choose among
 * them; if they cannot, the quote is ambiguous and the caller must say more.
 */
export function anchorQuote(text: string, selector: QuoteSelector): AnchorResult {
  const { exact } = selector;
  if (exact.length === 0) return { error: "the quote is empty" };
  const found = occurrences(text, exact);
  if (found.length === 0) {
    return { error: `the quote "${preview(exact)}" does not occur in the source text (it must match exactly)` };
  }
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const matching = found.filter((at) => text.slice(0, at).endsWith(prefix) && text.slice(at + exact.length).startsWith(suffix));
  if (matching.length === 1) {
    const at = matching[0] as number;
    return { anchor: anchorAt(text, at, at + exact.length) };
  }
  if (matching.length === 0) {
    return { error: `the quote "${preview(exact)}" occurs, but not with the given prefix and suffix` };
  }
  return {
    error: `the quote "${preview(exact)}" occurs ${matching.length} times; add a prefix or suffix to say which`,
  };
}

/**
 * Re-anchors a stored anchor in edited text: the old position if the quote is still there, else
 * the quote with its context, else the quote alone if unique, else a fuzzy match of the quote
 * with its context. Null when none is convincing (the anchor is then orphaned, never dropped).
 */
export function reanchor(text: string, old: Anchor): Anchor | null {
  if (text.slice(old.start, old.end) === old.exact) return anchorAt(text, old.start, old.end);
  const found = occurrences(text, old.exact);
  if (found.length > 0) {
    const withContext = found.filter(
      (at) => text.slice(0, at).endsWith(old.prefix) && text.slice(at + old.exact.length).startsWith(old.suffix),
    );
    const pick = withContext.length >= 1 ? withContext : found;
    // Several candidates: the one nearest the old position.
    const best = pick.reduce((a, b) => (Math.abs(b - old.start) < Math.abs(a - old.start) ? b : a));
    return anchorAt(text, best, best + old.exact.length);
  }
  return fuzzyFind(text, old);
}

/** Best approximate occurrence of the quote (edit distance at most a quarter of its length). */
function fuzzyFind(text: string, old: Anchor): Anchor | null {
  const pattern = old.exact;
  if (pattern.length < 8 || pattern.length > 2000) return null;
  const maxErrors = Math.floor(pattern.length / 4);
  // Sellers' algorithm: approximate substring matching by dynamic programming over the text.
  let previous = new Array<number>(pattern.length + 1);
  for (let i = 0; i <= pattern.length; i++) previous[i] = i;
  let bestEnd = -1;
  let bestCost = maxErrors + 1;
  for (let j = 1; j <= text.length; j++) {
    const current = new Array<number>(pattern.length + 1);
    current[0] = 0;
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[i] = Math.min((previous[i] as number) + 1, (current[i - 1] as number) + 1, (previous[i - 1] as number) + cost);
    }
    const score = current[pattern.length] as number;
    if (score < bestCost || (score === bestCost && bestEnd >= 0 && Math.abs(j - old.end) < Math.abs(bestEnd - old.end))) {
      bestCost = score;
      bestEnd = j;
    }
    previous = current;
  }
  if (bestEnd < 0) return null;
  // Walk back to the start of the match that ends at bestEnd.
  let bestStart = Math.max(0, bestEnd - pattern.length);
  let bestDistance = Number.POSITIVE_INFINITY;
  for (
    let s = Math.max(0, bestEnd - pattern.length - maxErrors);
    s <= Math.min(bestEnd, bestEnd - pattern.length + maxErrors);
    s++
  ) {
    const d = levenshtein(pattern, text.slice(s, bestEnd));
    if (d < bestDistance) {
      bestDistance = d;
      bestStart = s;
    }
  }
  return bestDistance <= maxErrors ? anchorAt(text, bestStart, bestEnd) : null;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
