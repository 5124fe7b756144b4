import type { Settings } from "sigma/settings";

/**
 * The sigma.js settings of the case graph, shared with the graph benchmark so that the benchmark
 * measures what readers get (labels, arrows, edge picking).
 */
export const GRAPH_SETTINGS = {
  defaultEdgeType: "arrow",
  // One label per grid cell, for the biggest (best-connected) node in it: the important nodes are
  // named and labels do not overlap. Zooming in leaves fewer nodes per cell, so more names appear.
  labelRenderedSizeThreshold: 6,
  labelDensity: 0.12,
  labelGridCellSize: 140,
  labelFont: "system-ui, 'DejaVu Sans', sans-serif",
  labelSize: 13,
  // Clicks on lines open the relationship.
  enableEdgeEvents: true,
  // A gentler wheel: each notch zooms by 1.25 instead of sigma's 1.7.
  zoomingRatio: 1.25,
  zoomDuration: 200,
  zIndex: true,
  stagePadding: 40,
} satisfies Partial<Settings>;
