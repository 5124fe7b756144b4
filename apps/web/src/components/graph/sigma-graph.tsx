"use client";

import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { useCallback, useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { EntityKind, FactStatus, Predicate } from "@/gql/graphql";
import { KIND_COLORS } from "@/lib/enums";
import { readTokens, useResolvedTheme } from "../use-theme";
import { makeHoverDrawer } from "./draw-hover";
import { edgeStyle } from "./edge-style";
import { hashString, seededRandom } from "./random";
import { GRAPH_SETTINGS } from "./settings";

export type GraphNodeData = { id: string; label: string; kind: EntityKind; degree: number; roles: readonly string[] };
export type GraphEdgeData = { id: string; source: string; target: string; predicate: Predicate; status: FactStatus };

type NodeAttributes = { label: string; x: number; y: number; size: number; color: string; kind: EntityKind };
type EdgeAttributes = { size: number; color: string; predicate: Predicate; status: FactStatus; type: string };

/** Node size grows with the square root of its degree, so hubs stand out without swamping the view. */
const nodeSize = (degree: number) => 4 + Math.sqrt(Math.max(degree, 0)) * 2.4;

/** How long the layout worker runs: bounded, longer for bigger graphs, shorter for an expansion. */
const layoutMs = (order: number, isFirst: boolean) => (isFirst ? Math.min(1500 + order * 0.6, 5000) : 1200);

/**
 * A WebGL network (sigma.js over a graphology graph). Positions come from ForceAtlas2 run in a web
 * worker for a bounded time (the page stays responsive while it settles); nodes added later (an
 * expanded neighborhood) start next to the node they were expanded from. Labels go to the
 * biggest (best-connected) node of each cell of sigma's label grid, so the important entities are
 * named and labels do not pile on each other. Edges are colored by predicate; their opacity and
 * thickness tell the status.
 */
export function SigmaGraph({
  nodes,
  edges,
  selectedId,
  onSelect,
  selectedEdgeId = null,
  onSelectEdge,
  anchorId,
}: {
  nodes: readonly GraphNodeData[];
  edges: readonly GraphEdgeData[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The relationship whose details are shown. */
  selectedEdgeId?: string | null;
  onSelectEdge?: (id: string) => void;
  /** Where new nodes appear (the node last expanded). */
  anchorId?: string | null;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const graphRef = useRef<MultiDirectedGraph<NodeAttributes, EdgeAttributes> | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onSelectEdgeRef = useRef(onSelectEdge);
  onSelectEdgeRef.current = onSelectEdge;
  const layoutRef = useRef<FA2Layout | null>(null);
  const layoutTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [isLayingOut, setIsLayingOut] = useState(false);
  /** Stops the running layout worker, if any (positions stay where it left them). */
  const stopLayout = useCallback(() => {
    if (layoutTimerRef.current) clearTimeout(layoutTimerRef.current);
    layoutTimerRef.current = null;
    layoutRef.current?.kill();
    layoutRef.current = null;
    setIsLayingOut(false);
  }, []);
  const [error, setError] = useState<string | null>(null);
  const theme = useResolvedTheme();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    let sigma: Sigma<NodeAttributes, EdgeAttributes>;
    try {
      sigma = new Sigma(graph, container, GRAPH_SETTINGS);
    } catch (cause) {
      setError(`The graph needs WebGL, which this browser could not start (${(cause as Error).message}).`);
      return;
    }
    sigma.on("clickNode", ({ node }) => onSelectRef.current(node));
    sigma.on("clickEdge", ({ edge }) => onSelectEdgeRef.current?.(edge));
    sigma.on("clickStage", () => onSelectRef.current(null));
    const pointer = () => {
      container.style.cursor = "pointer";
    };
    const plain = () => {
      container.style.cursor = "default";
    };
    sigma.on("enterNode", pointer);
    sigma.on("leaveNode", plain);
    sigma.on("enterEdge", pointer);
    sigma.on("leaveEdge", plain);
    graphRef.current = graph;
    sigmaRef.current = sigma;
    return () => {
      if (layoutTimerRef.current) clearTimeout(layoutTimerRef.current);
      layoutRef.current?.kill();
      layoutRef.current = null;
      sigma.kill();
      sigmaRef.current = null;
      graphRef.current = null;
    };
  }, []);

  // Sync the graphology graph with the data, laying out only what is new.
  useEffect(() => {
    const graph = graphRef.current;
    const sigma = sigmaRef.current;
    if (!graph || !sigma) return;
    const wanted = new Set(nodes.map((n) => n.id));
    for (const id of graph.nodes()) if (!wanted.has(id)) graph.dropNode(id);
    const isFirstLayout = graph.order === 0;
    const anchor = anchorId && graph.hasNode(anchorId) ? graph.getNodeAttributes(anchorId) : null;
    let added = 0;
    for (const node of nodes) {
      const color = KIND_COLORS[node.kind];
      if (graph.hasNode(node.id)) {
        graph.mergeNodeAttributes(node.id, { label: node.label, size: nodeSize(node.degree), color, kind: node.kind });
        continue;
      }
      const random = seededRandom(hashString(node.id));
      const angle = random() * Math.PI * 2;
      const radius = anchor ? 2 + random() * 3 : 10 + random() * 40;
      graph.addNode(node.id, {
        label: node.label,
        kind: node.kind,
        size: nodeSize(node.degree),
        color,
        x: (anchor?.x ?? 0) + Math.cos(angle) * radius,
        y: (anchor?.y ?? 0) + Math.sin(angle) * radius,
      });
      added += 1;
    }
    const wantedEdges = new Set(edges.map((e) => e.id));
    for (const id of graph.edges()) if (!wantedEdges.has(id)) graph.dropEdge(id);
    for (const edge of edges) {
      if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
        ...edgeStyle(edge.predicate, edge.status),
        predicate: edge.predicate,
        status: edge.status,
        type: "arrow",
      });
    }
    if (isFirstLayout) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    sigma.refresh();
    if (added > 0 && graph.order > 1) {
      const settings = forceAtlas2.inferSettings(graph);
      // Strong gravity keeps unconnected entities near the rest instead of drifting to the edges.
      const layoutSettings = { ...settings, gravity: 0.5, strongGravityMode: true, barnesHutOptimize: graph.order > 300 };
      stopLayout();
      if (typeof Worker === "undefined") {
        forceAtlas2.assign(graph, { iterations: isFirstLayout ? 150 : 60, settings: layoutSettings });
        sigma.refresh();
      } else {
        const layout = new FA2Layout(graph, { settings: layoutSettings });
        layoutRef.current = layout;
        layout.start();
        setIsLayingOut(true);
        layoutTimerRef.current = setTimeout(stopLayout, layoutMs(graph.order, isFirstLayout));
      }
    }
  }, [nodes, edges, anchorId, stopLayout]);

  // Theme and selection: colors and the highlight of the selected node's neighborhood.
  // biome-ignore lint/correctness/useExhaustiveDependencies: theme change re-reads the CSS tokens
  useEffect(() => {
    const sigma = sigmaRef.current;
    const graph = graphRef.current;
    if (!sigma || !graph) return;
    const tokens = readTokens(["text", "text-muted", "surface", "border", "border-strong"] as const);
    sigma.setSetting("labelColor", { color: tokens.text || "#171a21" });
    sigma.setSetting(
      "defaultDrawNodeHover",
      makeHoverDrawer(tokens.surface || "#fff", tokens.text || "#000", tokens["border-strong"] || "#999"),
    );
    const neighbors = selectedId && graph.hasNode(selectedId) ? new Set(graph.neighbors(selectedId)) : null;
    const edgeEnds =
      selectedEdgeId && graph.hasEdge(selectedEdgeId) ? new Set(graph.extremities(selectedEdgeId)) : new Set<string>();
    sigma.setSetting("nodeReducer", (node, data) => {
      if (edgeEnds.has(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (!neighbors || !selectedId) return data;
      if (node === selectedId) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbors.has(node)) return { ...data, zIndex: 1 };
      return { ...data, color: tokens.border || "#ccc", label: "", zIndex: 0 };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (edge === selectedEdgeId) return { ...data, color: tokens.text || "#333", size: 4, zIndex: 2 };
      if (!neighbors || !selectedId) return data;
      const touches = graph.source(edge) === selectedId || graph.target(edge) === selectedId;
      return touches ? { ...data, size: data.size + 1, zIndex: 1 } : { ...data, hidden: true };
    });
    sigma.refresh();
  }, [selectedId, selectedEdgeId, theme, nodes, edges]);

  if (error) {
    return (
      <div className="state state-error" role="alert">
        <h2>Graph unavailable</h2>
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div
      ref={containerRef}
      className="sigma-container"
      data-testid="sigma-container"
      data-layout={isLayingOut ? "running" : "settled"}
    />
  );
}
