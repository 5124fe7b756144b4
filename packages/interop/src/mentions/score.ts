/**
 * Precision and recall of mention suggestions against hand-labelled mentions. Strict: same
 * span (and same entity, or same kind for new-entity candidates); lenient: overlapping spans.
 */
import type { MentionSuggestion } from "./index.js";

export interface LabelledMention {
  text: string;
  start: number;
  end: number;
  kind: "PERSON" | "ORGANIZATION" | "ONLINE_PERSONA" | "PLACE";
  /** The known entity mentioned; null for one the database does not hold. */
  entityId: string | null;
}

export interface Score {
  predicted: number;
  expected: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(predicted: number, expected: number, hitsPredicted: number, hitsExpected: number): Score {
  const precision = predicted === 0 ? 1 : hitsPredicted / predicted;
  const recall = expected === 0 ? 1 : hitsExpected / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted, expected, truePositives: hitsPredicted, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const same = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

/** Known-entity suggestions against the labelled mentions of known entities. */
export function scoreKnown(
  suggestions: readonly MentionSuggestion[],
  labels: readonly LabelledMention[],
  mode: "strict" | "lenient",
): Score {
  const gold = labels.filter((l) => l.entityId !== null);
  const fits = mode === "strict" ? same : overlaps;
  const isHit = (s: MentionSuggestion, l: LabelledMention) => s.entity?.id === l.entityId && fits(s, l);
  return score(
    suggestions.length,
    gold.length,
    suggestions.filter((s) => gold.some((l) => isHit(s, l))).length,
    gold.filter((l) => suggestions.some((s) => isHit(s, l))).length,
  );
}

/** New-entity candidates against the labelled mentions of entities the database does not hold. */
export function scoreCandidates(
  suggestions: readonly MentionSuggestion[],
  labels: readonly LabelledMention[],
  mode: "strict" | "lenient",
): Score {
  const gold = labels.filter((l) => l.entityId === null);
  const fits = mode === "strict" ? same : overlaps;
  const isHit = (s: MentionSuggestion, l: LabelledMention) => s.kind === l.kind && fits(s, l);
  return score(
    suggestions.length,
    gold.length,
    suggestions.filter((s) => gold.some((l) => isHit(s, l))).length,
    gold.filter((l) => suggestions.some((s) => isHit(s, l))).length,
  );
}
