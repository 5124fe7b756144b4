"use client";

import Link from "next/link";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { SigmaGraph } from "@/components/graph";
import type { GraphEdgeData, GraphNodeData } from "@/components/graph/sigma-graph";
import { KindLabel } from "@/components/kind-label";
import { StatusBadge } from "@/components/status-badge";
import type { GraphNodeDetailQuery, Predicate } from "@/gql/graphql";
import { ENTITY_KINDS, KIND_COLORS } from "@/lib/enums";
import { humanize, pluralize, predicateLabel } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import { EntityNeighborhoodQuery, GraphNodeDetailQuery as GraphNodeDetailDocument } from "@/operations/graph";

type Detail = Extract<NonNullable<GraphNodeDetailQuery["node"]>, { name: string }>;

export function GraphExplorer({
  initialNodes,
  initialEdges,
  isTruncated,
  predicates,
  filters,
}: {
  initialNodes: readonly GraphNodeData[];
  initialEdges: readonly GraphEdgeData[];
  isTruncated: boolean;
  predicates: readonly Predicate[];
  /** The filter form (server-rendered), shown above the selection panel. */
  filters: ReactNode;
}) {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [expandState, setExpandState] = useState<{ id: string; message: string; isError?: boolean } | null>(null);
  const [isExpanding, setIsExpanding] = useState(false);

  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const selected = selectedId ? (nodeById.get(selectedId) ?? null) : null;
  const selectedEdges = useMemo(
    () => (selectedId ? edges.filter((e) => e.source === selectedId || e.target === selectedId) : []),
    [edges, selectedId],
  );
  const presentKinds = ENTITY_KINDS.filter((k) => nodes.some((n) => n.kind === k));

  useEffect(() => {
    setDetail(null);
    if (!selectedId) return;
    const controller = new AbortController();
    clientQuery(GraphNodeDetailDocument, { id: selectedId }, controller.signal)
      .then((data) => {
        const node = data.node;
        if (node && "name" in node) setDetail(node as Detail);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [selectedId]);

  const expand = async (id: string) => {
    setIsExpanding(true);
    setExpandState(null);
    try {
      const data = await clientQuery(EntityNeighborhoodQuery, {
        id,
        predicates: predicates.length ? [...predicates] : undefined,
      });
      const graph = data.entityGraph;
      if (!graph) throw new Error("This entity no longer exists.");
      const knownNodes = new Set(nodes.map((n) => n.id));
      const knownEdges = new Set(edges.map((e) => e.id));
      const newNodes = graph.nodes.filter((n) => !knownNodes.has(n.id));
      const newEdges = graph.edges.filter((e) => !knownEdges.has(e.id));
      setAnchorId(id);
      setNodes((current) => [...current, ...newNodes]);
      setEdges((current) => [...current, ...newEdges]);
      setExpandState({
        id,
        message:
          newNodes.length + newEdges.length === 0
            ? "Nothing new: its whole neighborhood is already shown."
            : `Added ${pluralize(newNodes.length, "entity", "entities")} and ${pluralize(newEdges.length, "relationship")}.`,
      });
    } catch (error) {
      setExpandState({ id, message: (error as Error).message, isError: true });
    } finally {
      setIsExpanding(false);
    }
  };

  return (
    <div className="graph-layout">
      <div className="stack">
        <div
          className="graph-canvas"
          role="img"
          aria-label={`Network graph of ${nodes.length} entities and ${edges.length} relationships. The same entities are listed below the graph.`}
          data-testid="graph-canvas"
          data-node-count={nodes.length}
          data-edge-count={edges.length}
        >
          <SigmaGraph nodes={nodes} edges={edges} selectedId={selectedId} onSelect={setSelectedId} anchorId={anchorId} />
        </div>
        <div className="rel-line" style={{ justifyContent: "space-between" }}>
          <ul className="legend" aria-label="Entity kinds">
            {presentKinds.map((kind) => (
              <li key={kind}>
                <span className="swatch" style={{ background: KIND_COLORS[kind], width: 12, height: 12 }} aria-hidden="true" />
                {humanize(kind)} ({nodes.filter((n) => n.kind === kind).length})
              </li>
            ))}
          </ul>
          <span className="muted" style={{ fontSize: "0.85rem" }} role="status">
            {pluralize(nodes.length, "entity", "entities")} · {pluralize(edges.length, "relationship")}
            {isTruncated ? " · truncated to the best-connected" : ""}
          </span>
        </div>
        <details className="card">
          <summary style={{ cursor: "pointer", fontWeight: 600 }}>Entities in the graph, as a list ({nodes.length})</summary>
          <ul className="list-plain" style={{ columns: 3, marginTop: "0.5rem", fontSize: "0.88rem" }}>
            {[...nodes]
              .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
              .map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSelectedId(n.id)}
                    style={{ color: "var(--accent)" }}
                  >
                    {n.label}
                  </button>{" "}
                  <span className="muted">({n.degree})</span>
                </li>
              ))}
          </ul>
        </details>
      </div>

      <div className="stack">
        {filters}
        <aside className="card" aria-label="Selected entity" aria-live="polite">
          {selected ? (
            <div className="stack" style={{ gap: "0.6rem" }}>
              <div>
                <KindLabel kind={selected.kind} />
                <h2 style={{ margin: "0.2rem 0" }}>{selected.label}</h2>
                <div className="rel-line">
                  {detail ? <StatusBadge status={detail.status} confidence={detail.confidence} /> : null}
                  {selected.roles.map((r) => (
                    <span key={r} className="badge badge-neutral">
                      {humanize(r)}
                    </span>
                  ))}
                </div>
              </div>
              {detail?.description ? <p style={{ margin: 0, fontSize: "0.9rem" }}>{detail.description}</p> : null}
              {detail && detail.aliases.length > 0 ? (
                <p className="muted" style={{ margin: 0, fontSize: "0.85rem" }}>
                  Also known as {detail.aliases.join(", ")}
                </p>
              ) : null}
              <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
                <Link className="button button-primary button-small" href={entityHref(selected.id)}>
                  Open entity page
                </Link>
                <button type="button" className="button button-small" onClick={() => expand(selected.id)} disabled={isExpanding}>
                  {isExpanding ? "Expanding…" : "Expand neighborhood"}
                </button>
              </div>
              {expandState && expandState.id === selected.id ? (
                <p
                  className={expandState.isError ? "alert" : "muted"}
                  style={{ margin: 0, fontSize: "0.85rem" }}
                  role={expandState.isError ? "alert" : "status"}
                >
                  {expandState.message}
                </p>
              ) : null}
              <div>
                <h3>Relationships shown ({selectedEdges.length})</h3>
                <ul className="list-plain rel-list" style={{ fontSize: "0.86rem" }}>
                  {selectedEdges.map((edge) => {
                    const isIncoming = edge.target === selected.id;
                    const other = nodeById.get(isIncoming ? edge.source : edge.target);
                    return (
                      <li key={edge.id} className="rel-line">
                        <span className="rel-predicate">{predicateLabel(edge.predicate, isIncoming)}</span>
                        <button
                          type="button"
                          className="sort-button"
                          style={{ color: "var(--accent)" }}
                          onClick={() => other && setSelectedId(other.id)}
                        >
                          {other?.label ?? "?"}
                        </button>
                        <StatusBadge status={edge.status} />
                      </li>
                    );
                  })}
                </ul>
              </div>
              <button type="button" className="button button-small button-ghost" onClick={() => setSelectedId(null)}>
                Clear selection
              </button>
            </div>
          ) : (
            <div className="muted">
              <h2 style={{ color: "var(--text)" }}>No entity selected</h2>
              <p>Click a node to see who it is, how it is connected, and to open its page. Scroll to zoom, drag to pan.</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
