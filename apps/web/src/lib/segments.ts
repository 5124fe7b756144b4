/** A highlighted range of a source text: a citation, an annotation, or a linked passage (`?at=`). */
export type Range = { id: string; kind: "cite" | "note" | "target"; start: number; end: number };

/** A run of text and the ranges that cover all of it. */
export type Segment = { start: number; end: number; text: string; ranges: Range[] };

/**
 * Cuts `text` at every range boundary, so overlapping citations and annotations can each be
 * highlighted. Ranges outside the text or empty are ignored; offsets are UTF-16 code units, the
 * unit of the API's TextPosition and of JavaScript strings.
 */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const valid = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({ start, end, text: text.slice(start, end), ranges: valid.filter((r) => r.start < end && r.end > start) });
  }
  return segments;
}

/** Parses `?at=120-180` into offsets; null if malformed. */
export function parseAt(value: string | undefined | null): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(value ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
