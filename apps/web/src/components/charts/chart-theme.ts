"use client";

import { readTokens } from "../use-theme";

/** Colors of the current theme for ECharts text, axes and grid lines. */
/** `theme` only keys the memo: the values come from the CSS custom properties now in force. */
export function chartTokens(_theme?: "light" | "dark") {
  const t = readTokens(["text", "text-muted", "border", "surface", "accent", "surface-2"] as const);
  return {
    text: t.text || "#171a21",
    muted: t["text-muted"] || "#4f5665",
    border: t.border || "#d5d9e0",
    surface: t.surface || "#ffffff",
    surface2: t["surface-2"] || "#eef0f3",
    accent: t.accent || "#1d4ed8",
  };
}

export type ChartTokens = ReturnType<typeof chartTokens>;

export function baseAxis(tokens: ChartTokens) {
  return {
    axisLine: { lineStyle: { color: tokens.border } },
    axisTick: { lineStyle: { color: tokens.border } },
    axisLabel: { color: tokens.muted, fontSize: 12 },
    splitLine: { lineStyle: { color: tokens.border, type: "dashed" as const } },
  };
}

export function baseTooltip(tokens: ChartTokens) {
  return {
    backgroundColor: tokens.surface,
    borderColor: tokens.border,
    textStyle: { color: tokens.text, fontSize: 13 },
    confine: true,
  };
}
