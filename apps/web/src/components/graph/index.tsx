"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "../states";

// sigma.js needs WebGL and the DOM: loaded in the browser only.
export const SigmaGraph = dynamic(() => import("./sigma-graph").then((m) => m.SigmaGraph), {
  ssr: false,
  loading: () => <Skeleton height="100%" />,
});

export const GraphBenchmark = dynamic(() => import("./graph-benchmark").then((m) => m.GraphBenchmark), {
  ssr: false,
  loading: () => <Skeleton height={560} />,
});
