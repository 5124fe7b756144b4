"use client";

import { BarChart, CustomChart, LineChart, PieChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import type { ECharts, EChartsCoreOption } from "echarts/core";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

export type EChartEvents = Partial<Record<"click" | "datazoom", (params: unknown, chart: ECharts) => void>>;

/**
 * A thin React wrapper around one ECharts instance: created on mount, updated when `option`
 * changes, resized with its box, disposed on unmount. Client-only (ECharts needs the DOM).
 */
export function EChart({
  option,
  height = 260,
  label,
  events,
  className,
}: {
  option: EChartsCoreOption;
  height?: number;
  label: string;
  events?: EChartEvents;
  className?: string;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = echarts.init(box, null, { renderer: "svg" });
    chartRef.current = chart;
    for (const name of ["click", "datazoom"] as const) {
      chart.on(name, (...args: unknown[]) => {
        eventsRef.current?.[name]?.(args[0], chart);
      });
    }
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={boxRef} className={className ?? "chart-box"} style={{ height }} role="img" aria-label={label} />;
}
