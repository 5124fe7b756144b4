"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "../states";

// ECharts touches the DOM on import: every chart is loaded in the browser only.
const loading = () => <Skeleton height={260} />;

export const EventsPerMonthChart = dynamic(() => import("./overview-charts").then((m) => m.EventsPerMonthChart), {
  ssr: false,
  loading,
});
export const EntitiesByKindChart = dynamic(() => import("./overview-charts").then((m) => m.EntitiesByKindChart), {
  ssr: false,
  loading,
});
export const DefendantsByUnitChart = dynamic(() => import("./overview-charts").then((m) => m.DefendantsByUnitChart), {
  ssr: false,
  loading,
});
