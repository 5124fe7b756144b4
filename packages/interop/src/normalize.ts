/**
 * Folding text for comparison: case- and diacritic-insensitive, with typographic variants of
 * apostrophes, quotes and dashes made plain, so "Müller", "MULLER" and "muller" compare equal
 * and "Counsel’s" matches "Counsel's".
 */

const punctuationVariants: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
};

/** Folds one character (a UTF-16 code unit or a whole code point) to its comparison form. */
function foldChar(char: string): string {
  const plain = punctuationVariants[char];
  if (plain !== undefined) return plain;
  // NFKD splits "é" into "e" + combining accent and "ﬁ" into "fi"; the marks are dropped.
  return char.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded character, the index in the original text of the character it came from. */
  origin: number[];
}

/**
 * Folds a text and remembers where each folded character came from, so that a match found in
 * the folded text maps back to offsets in the original (which is what anchors need).
 */
export function foldWithOffsets(original: string): FoldedText {
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i++) origin.push(index);
    text += folded;
    index += char.length;
  }
  origin.push(index);
  return { text, origin };
}

/** Folds a text (no offsets). */
export function fold(text: string): string {
  let out = "";
  for (const char of text) out += foldChar(char);
  return out;
}

/**
 * The form names are compared in: folded, punctuation other than apostrophes, hyphens and dots
 * inside words dropped, whitespace collapsed. "Rod J. Rosenstein" and "rod j rosenstein" are equal.
 */
export function normalizeName(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}'.\-\s]/gu, " ")
    .replace(/(?<![\p{L}\p{N}])[.'-]+|[.'-]+(?![\p{L}\p{N}])/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
