import type { FactStatus, Predicate } from "@/gql/graphql";

/**
 * Colors of relationship predicates in the graph and its legend: distinct hues, readable as lines
 * on the light and the dark surface.
 */
export const PREDICATE_COLORS: Record<Predicate, string> = {
  MEMBER_OF: "#2563eb",
  COMMANDS: "#dc2626",
  PART_OF: "#0891b2",
  OPERATES: "#9333ea",
  EMPLOYED_BY: "#ca8a04",
  COMMUNICATED_WITH: "#16a34a",
  TARGETED: "#ea580c",
  ALIAS_OF: "#db2777",
  ASSOCIATED_WITH: "#64748b",
};

/**
 * How a relationship's status shows on its line. sigma.js draws edges in WebGL without dash
 * patterns, so status is told by opacity and thickness: solid and thick when confirmed, faint and
 * thin when only alleged, unverified or disputed, fainter still when refuted.
 */
export const STATUS_EDGE_STYLE: Record<
  FactStatus,
  { alpha: number; size: number; group: "firm" | "reported" | "open" | "refuted" }
> = {
  CONFIRMED: { alpha: 1, size: 2.4, group: "firm" },
  REPORTED: { alpha: 0.75, size: 1.6, group: "reported" },
  ALLEGED: { alpha: 0.45, size: 1, group: "open" },
  UNVERIFIED: { alpha: 0.45, size: 1, group: "open" },
  DISPUTED: { alpha: 0.45, size: 1, group: "open" },
  REFUTED: { alpha: 0.2, size: 0.8, group: "refuted" },
};

/** The legend's rows for status, one per group of the table above. */
export const STATUS_LEGEND: ReadonlyArray<{ label: string; alpha: number; size: number }> = [
  { label: "Confirmed", alpha: 1, size: 2.4 },
  { label: "Reported", alpha: 0.75, size: 1.6 },
  { label: "Alleged, unverified or disputed", alpha: 0.45, size: 1 },
  { label: "Refuted", alpha: 0.2, size: 0.8 },
];

/** `#rrggbb` with an opacity, as `rgba()` (sigma.js reads both). */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

export function edgeStyle(predicate: Predicate, status: FactStatus): { color: string; size: number } {
  const style = STATUS_EDGE_STYLE[status] ?? STATUS_EDGE_STYLE.UNVERIFIED;
  return { color: withAlpha(PREDICATE_COLORS[predicate] ?? "#64748b", style.alpha), size: style.size };
}
