"use client";

import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from "echarts";
import { useMemo } from "react";
import { baseAxis, baseTooltip, chartTokens } from "@/components/charts/chart-theme";
import { EChart } from "@/components/charts/echart";
import { useResolvedTheme } from "@/components/use-theme";
import type { EventKind } from "@/gql/graphql";
import { EVENT_KIND_COLORS, EVENT_KIND_LABELS } from "@/lib/enums";
import { formatPartialDate, humanize } from "@/lib/format";
import type { TimelineEvent } from "@/lib/timeline";

const DAY = 86_400_000;
const toTime = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);

type Datum = { value: [number, number, number, number, number]; event: TimelineEvent };

/**
 * Events on a time axis that respects date precision: an event known to the day is a point, one
 * known to the month (or year) is a bar over every day it may cover (`range`). Lanes are event
 * kinds; overlapping events in a lane are stacked in sub-rows. dataZoom gives zoom and pan.
 */
export function TimelineChart({
  events,
  selectedId,
  onSelect,
}: {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const theme = useResolvedTheme();
  const { option, label } = useMemo(() => {
    const tokens = chartTokens(theme);
    const kinds = [...new Set(events.map((e) => e.kind))] as EventKind[];
    // Greedy sub-rows per lane so overlapping events do not hide one another.
    const laneEnds = new Map<EventKind, number[]>();
    const data: Datum[] = events.map((event) => {
      const start = toTime(event.range.start);
      const end = toTime(event.range.end) + DAY;
      const isPoint = event.datePrecision === "DAY" && !event.endDate;
      const rows = laneEnds.get(event.kind) ?? [];
      const pad = 12 * DAY; // keeps dots that are close in time on separate rows
      let row = rows.findIndex((rowEnd) => rowEnd <= start - pad);
      if (row === -1) row = rows.length;
      rows[row] = end;
      laneEnds.set(event.kind, rows);
      return { value: [kinds.indexOf(event.kind), start, end, isPoint ? 1 : 0, row], event };
    });
    const rowsPerLane = new Map([...laneEnds].map(([kind, rows]) => [kind, rows.length]));
    const min = Math.min(...data.map((d) => d.value[1]));
    const max = Math.max(...data.map((d) => d.value[2]));
    const margin = Math.max((max - min) * 0.04, 20 * DAY);

    const renderItem = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
      const datum = data[params.dataIndex];
      if (!datum) return null;
      const [lane, start, end, isPoint, row] = datum.value;
      const kind = kinds[lane] as EventKind;
      const rowCount = rowsPerLane.get(kind) ?? 1;
      const size = api.size?.([0, 1]) as number[] | undefined;
      const bandHeight = size?.[1] ?? 40;
      const rowHeight = Math.min(18, (bandHeight * 0.8) / rowCount);
      const [x0, yCenter] = api.coord([start, lane]) as [number, number];
      const [x1] = api.coord([end, lane]) as [number, number];
      const y = yCenter + (row - (rowCount - 1) / 2) * rowHeight;
      const color = EVENT_KIND_COLORS[kind];
      const isSelected = datum.event.id === selectedId;
      const stroke = isSelected ? tokens.text : tokens.surface;
      if (isPoint) {
        return {
          type: "circle",
          shape: { cx: x0, cy: y, r: isSelected ? 8 : 6 },
          style: { fill: color, stroke, lineWidth: 2 },
        };
      }
      const width = Math.max(x1 - x0, 4);
      return {
        type: "rect",
        shape: { x: x0, y: y - rowHeight * 0.35, width, height: rowHeight * 0.7, r: 3 },
        style: { fill: color, opacity: 0.85, stroke, lineWidth: isSelected ? 2 : 1 },
      };
    };

    return {
      label: `Timeline of ${events.length} events from ${formatPartialDate(events[0]?.date)} to ${formatPartialDate(events.at(-1)?.date)}`,
      option: {
        animation: false,
        grid: { left: 8, right: 24, top: 12, bottom: 64, containLabel: true },
        tooltip: {
          ...baseTooltip(tokens),
          trigger: "item",
          formatter: (p: { dataIndex: number }) => {
            const e = data[p.dataIndex]?.event;
            if (!e) return "";
            const esc = (s: string) =>
              s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
            return `<strong>${esc(e.title)}</strong><br/>${esc(formatPartialDate(e.date, e.datePrecision))} · ${humanize(e.datePrecision)} precision<br/>${EVENT_KIND_LABELS[e.kind]} · ${e.status.toLowerCase()}`;
          },
        },
        xAxis: {
          type: "time",
          min: min - margin,
          max: max + margin,
          ...baseAxis(tokens),
          splitLine: { show: true, lineStyle: { color: tokens.border, type: "dashed" } },
        },
        yAxis: {
          type: "category",
          data: kinds.map((k) => humanize(k)),
          ...baseAxis(tokens),
          axisLabel: { color: tokens.text, fontSize: 12 },
          splitLine: { show: true, lineStyle: { color: tokens.border } },
        },
        dataZoom: [
          { type: "inside", xAxisIndex: 0, filterMode: "weakFilter" },
          {
            type: "slider",
            xAxisIndex: 0,
            filterMode: "weakFilter",
            height: 22,
            bottom: 16,
            borderColor: tokens.border,
            textStyle: { color: tokens.muted },
            labelFormatter: (value: number) => new Date(value).toISOString().slice(0, 7),
          },
        ],
        series: [
          {
            type: "custom",
            renderItem,
            encode: { x: [1, 2], y: 0 },
            data: data.map((d) => d.value),
            clip: true,
          },
        ],
      },
    };
  }, [events, selectedId, theme]);

  return (
    <EChart
      option={option}
      height={Math.max(260, new Set(events.map((e) => e.kind)).size * 56 + 90)}
      label={label}
      className="timeline-chart"
      events={{
        click: (params) => {
          const index = (params as { dataIndex?: number }).dataIndex;
          const event = index === undefined ? undefined : events[index];
          if (event) onSelect(event.id);
        },
      }}
    />
  );
}
