"use client";

import { useMemo } from "react";
import type { EntityKind } from "@/gql/graphql";
import { KIND_COLORS } from "@/lib/enums";
import { formatMonth, humanize } from "@/lib/format";
import { useResolvedTheme } from "../use-theme";
import { baseAxis, baseTooltip, chartTokens } from "./chart-theme";
import { EChart } from "./echart";

export function EventsPerMonthChart({ months }: { months: ReadonlyArray<{ month: string; count: number }> }) {
  const theme = useResolvedTheme();
  const option = useMemo(() => {
    const tokens = chartTokens(theme);
    return {
      grid: { left: 36, right: 12, top: 16, bottom: 48 },
      tooltip: { ...baseTooltip(tokens), trigger: "axis" },
      xAxis: {
        type: "category",
        data: months.map((m) => formatMonth(m.month)),
        ...baseAxis(tokens),
        axisLabel: { color: tokens.muted, rotate: 40, fontSize: 11 },
      },
      yAxis: { type: "value", minInterval: 1, ...baseAxis(tokens) },
      series: [
        {
          type: "bar",
          name: "Events",
          data: months.map((m) => m.count),
          itemStyle: { color: tokens.accent, borderRadius: [3, 3, 0, 0] },
          barMaxWidth: 28,
        },
      ],
    };
  }, [months, theme]);
  const total = months.reduce((sum, m) => sum + m.count, 0);
  return <EChart option={option} label={`Bar chart: ${total} events over ${months.length} months`} />;
}

export function EntitiesByKindChart({ kinds }: { kinds: ReadonlyArray<{ kind: EntityKind; count: number }> }) {
  const theme = useResolvedTheme();
  const option = useMemo(() => {
    const tokens = chartTokens(theme);
    return {
      tooltip: { ...baseTooltip(tokens), trigger: "item" },
      legend: { bottom: 0, textStyle: { color: tokens.text }, itemWidth: 12, itemHeight: 12 },
      series: [
        {
          type: "pie",
          radius: ["42%", "70%"],
          center: ["50%", "44%"],
          itemStyle: { borderColor: tokens.surface, borderWidth: 2 },
          label: { position: "inside", color: "#ffffff", fontWeight: "bold", formatter: "{c}" },
          data: kinds.map((k) => ({ name: humanize(k.kind), value: k.count, itemStyle: { color: KIND_COLORS[k.kind] } })),
        },
      ],
    };
  }, [kinds, theme]);
  return (
    <EChart
      option={option}
      label={`Donut chart of entities by kind: ${kinds.map((k) => `${humanize(k.kind)} ${k.count}`).join(", ")}`}
    />
  );
}

export function DefendantsByUnitChart({ units }: { units: ReadonlyArray<{ label: string; count: number }> }) {
  const theme = useResolvedTheme();
  const option = useMemo(() => {
    const tokens = chartTokens(theme);
    return {
      grid: { left: 8, right: 28, top: 8, bottom: 8, containLabel: true },
      tooltip: { ...baseTooltip(tokens), trigger: "axis" },
      xAxis: { type: "value", minInterval: 1, ...baseAxis(tokens) },
      yAxis: {
        type: "category",
        data: units.map((u) => u.label),
        inverse: true,
        ...baseAxis(tokens),
        axisLabel: { color: tokens.text, fontSize: 12, width: 150, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          name: "Defendants (as alleged)",
          data: units.map((u) => u.count),
          itemStyle: { color: KIND_COLORS.ORGANIZATION, borderRadius: [0, 3, 3, 0] },
          label: { show: true, position: "right", color: tokens.text },
          barMaxWidth: 26,
        },
      ],
    };
  }, [units, theme]);
  return (
    <figure style={{ margin: 0 }} data-testid="defendants-by-unit">
      <EChart
        option={option}
        label={`Bar chart of defendants by unit, as alleged: ${units.map((u) => `${u.label} ${u.count}`).join(", ")}`}
      />
      <figcaption className="muted" style={{ fontSize: "0.82rem", marginTop: "0.4rem" }}>
        As alleged: each defendant is counted in the unit or organization the case's sources say they belonged to or worked for.
        Membership is an allegation, not a finding.
      </figcaption>
    </figure>
  );
}
