"use client";

import Link from "next/link";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { CitationItem } from "@/components/citation";
import { SigmaGraph } from "@/components/graph";
import { PREDICATE_COLORS, STATUS_LEGEND, withAlpha } from "@/components/graph/edge-style";
import type { GraphEdgeData, GraphNodeData } from "@/components/graph/sigma-graph";
import { KindLabel } from "@/components/kind-label";
import { StatusBadge } from "@/components/status-badge";
import type { GraphNodeDetailQuery, GraphRelationshipDetailQuery, Predicate } from "@/gql/graphql";
import { ENTITY_KINDS, KIND_COLORS } from "@/lib/enums";
import { formatPartialDate, humanize, pluralize, predicateLabel } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import {
  EntityNeighborhoodQuery,
  GraphNodeDetailQuery as GraphNodeDetailDocument,
  GraphRelationshipDetailQuery as GraphRelationshipDetailDocument,
} from "@/operations/graph";

type Detail = Extract<NonNullable<GraphNodeDetailQuery["node"]>, { name: string }>;
type EdgeDetail = Extract<NonNullable<GraphRelationshipDetailQuery["node"]>, { __typename: "Relationship" }>;

/** The period of a relationship in words, or null when no date is known. */
function period(detail: EdgeDetail): string | null {
  const start = detail.startDate ? formatPartialDate(detail.startDate, detail.startDatePrecision) : null;
  const end = detail.endDate ? formatPartialDate(detail.endDate, detail.endDatePrecision) : null;
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return null;
}

export function GraphExplorer({
  initialNodes,
  initialEdges,
  isTruncated,
  predicates,
  isFiltered = false,
  filters,
}: {
  initialNodes: readonly GraphNodeData[];
  initialEdges: readonly GraphEdgeData[];
  isTruncated: boolean;
  predicates: readonly Predicate[];
  /** Whether kinds or relationships are filtered: then entities left without a link are not drawn. */
  isFiltered?: boolean;
  /** The filter form (server-rendered), shown above the selection panel. */
  filters: ReactNode;
}) {
  const [allNodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  const [edgeDetail, setEdgeDetail] = useState<{ id: string; detail: EdgeDetail | null; error?: string } | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [expandState, setExpandState] = useState<{ id: string; message: string; isError?: boolean } | null>(null);
  const [isExpanding, setIsExpanding] = useState(false);

  // A filter keeps only some relationships: an entity left with none of them would be a stray dot,
  // so it is not drawn (the entity last expanded stays, as the focus of what was added).
  const nodes = useMemo(() => {
    if (!isFiltered) return allNodes;
    const linked = new Set<string>();
    for (const e of edges) {
      linked.add(e.source);
      linked.add(e.target);
    }
    return allNodes.filter((n) => linked.has(n.id) || n.id === anchorId);
  }, [allNodes, edges, isFiltered, anchorId]);
  const hiddenCount = allNodes.length - nodes.length;
  const presentPredicates = useMemo(() => [...new Set(edges.map((e) => e.predicate))].sort(), [edges]);
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const selectedEdge = selectedEdgeId ? (edges.find((e) => e.id === selectedEdgeId) ?? null) : null;
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

  useEffect(() => {
    setEdgeDetail(null);
    if (!selectedEdgeId) return;
    const controller = new AbortController();
    clientQuery(GraphRelationshipDetailDocument, { id: selectedEdgeId }, controller.signal)
      .then((data) => {
        const node = data.node;
        setEdgeDetail({
          id: selectedEdgeId,
          detail: node?.__typename === "Relationship" ? (node as EdgeDetail) : null,
          error: node ? undefined : "This relationship no longer exists.",
        });
      })
      .catch((error: Error) => {
        if (!controller.signal.aborted) setEdgeDetail({ id: selectedEdgeId, detail: null, error: error.message });
      });
    return () => controller.abort();
  }, [selectedEdgeId]);

  // After a click in the graph, the panel's top (and its "Open entity page") is brought into view
  // when it is off screen (on a phone the panel sits below the graph).
  const revealPanel = () =>
    requestAnimationFrame(() => {
      const panel = panelRef.current;
      if (!panel) return;
      const box = panel.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight - 120) panel.scrollIntoView({ block: "start", behavior: "smooth" });
    });
  const selectNode = (id: string | null) => {
    setSelectedId(id);
    setSelectedEdgeId(null);
    if (id) revealPanel();
  };
  const selectEdge = (id: string) => {
    setSelectedEdgeId(id);
    revealPanel();
  };

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
          <SigmaGraph
            nodes={nodes}
            edges={edges}
            selectedId={selectedId}
            onSelect={selectNode}
            selectedEdgeId={selectedEdgeId}
            onSelectEdge={selectEdge}
            anchorId={anchorId}
          />
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
          <span className="muted" style={{ fontSize: "0.85rem" }} role="status" data-testid="graph-counts">
            {pluralize(nodes.length, "entity", "entities")} · {pluralize(edges.length, "link")} shown
            {hiddenCount > 0 ? ` · ${pluralize(hiddenCount, "entity", "entities")} without a matching link left out` : ""}
            {isTruncated ? " · truncated to the best-connected" : ""}
          </span>
        </div>
        <div className="graph-legend" data-testid="graph-legend">
          <ul className="legend" aria-label="Relationship colors">
            {presentPredicates.map((predicate) => (
              <li key={predicate}>
                <span className="edge-swatch" style={{ background: PREDICATE_COLORS[predicate] }} aria-hidden="true" />
                {predicateLabel(predicate)}
              </li>
            ))}
          </ul>
          <ul className="legend" aria-label="Relationship status">
            {STATUS_LEGEND.map((row) => (
              <li key={row.label}>
                <span
                  className="edge-swatch"
                  style={{ background: withAlpha("#64748b", row.alpha), height: Math.max(2, row.size * 1.5) }}
                  aria-hidden="true"
                />
                {row.label}
              </li>
            ))}
          </ul>
          <p className="muted" style={{ margin: 0, fontSize: "0.8rem" }}>
            Line color is the relationship; a solid, thick line is confirmed, a faint, thin one is only alleged, unverified or
            disputed (the graph is drawn in WebGL, which has no dashed lines). Click a line for its dates, status and citations.
          </p>
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
                    onClick={() => selectNode(n.id)}
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

      <div className="stack" ref={panelRef} style={{ scrollMarginTop: "4rem" }}>
        {selectedEdge ? (
          <aside className="card" aria-label="Selected relationship" data-testid="relationship-detail">
            <RelationshipDetail
              edge={selectedEdge}
              subject={nodeById.get(selectedEdge.source)?.label}
              object={nodeById.get(selectedEdge.target)?.label}
              state={edgeDetail?.id === selectedEdge.id ? edgeDetail : null}
              onClose={() => setSelectedEdgeId(null)}
            />
          </aside>
        ) : null}
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
                      <li key={edge.id} className="rel-line" data-active={edge.id === selectedEdgeId ? "true" : undefined}>
                        <button
                          type="button"
                          className="sort-button rel-predicate"
                          style={{ borderBottom: `2px solid ${PREDICATE_COLORS[edge.predicate]}` }}
                          aria-pressed={edge.id === selectedEdgeId}
                          onClick={() => selectEdge(edge.id)}
                        >
                          {predicateLabel(edge.predicate, isIncoming)}
                          <span className="visually-hidden"> {other?.label ?? ""}: show the relationship's details</span>
                        </button>
                        <button
                          type="button"
                          className="sort-button"
                          style={{ color: "var(--accent)" }}
                          onClick={() => other && selectNode(other.id)}
                        >
                          {other?.label ?? "?"}
                        </button>
                        <StatusBadge status={edge.status} />
                      </li>
                    );
                  })}
                </ul>
              </div>
              <button type="button" className="button button-small button-ghost" onClick={() => selectNode(null)}>
                Clear selection
              </button>
            </div>
          ) : (
            <div className="muted">
              <h2 style={{ color: "var(--text)" }}>No entity selected</h2>
              <p>
                Click a node to see who it is, how it is connected, and to open its page; click a line for the relationship's
                details. Scroll to zoom, drag to pan.
              </p>
            </div>
          )}
        </aside>
        {filters}
      </div>
    </div>
  );
}

/** A relationship's details: who, what, when, how well established, and the citations behind it. */
function RelationshipDetail({
  edge,
  subject,
  object,
  state,
  onClose,
}: {
  edge: GraphEdgeData;
  subject: string | undefined;
  object: string | undefined;
  state: { detail: EdgeDetail | null; error?: string } | null;
  onClose: () => void;
}) {
  const detail = state?.detail ?? null;
  const when = detail ? period(detail) : null;
  return (
    <div className="stack" style={{ gap: "0.6rem" }}>
      <p className="eyebrow" style={{ margin: 0 }}>
        Relationship
      </p>
      <h2 style={{ margin: 0, fontSize: "1.05rem" }}>
        <Link href={entityHref(edge.source)}>{detail?.subject.name ?? subject ?? "?"}</Link>{" "}
        <span className="rel-predicate" style={{ borderBottom: `2px solid ${PREDICATE_COLORS[edge.predicate]}` }}>
          {predicateLabel(edge.predicate)}
        </span>{" "}
        <Link href={entityHref(edge.target)}>{detail?.object.name ?? object ?? "?"}</Link>
      </h2>
      <div className="rel-line">
        <StatusBadge status={detail?.status ?? edge.status} confidence={detail?.confidence} />
      </div>
      {state === null ? (
        <p className="muted" style={{ margin: 0 }}>
          Loading the relationship's dates and citations…
        </p>
      ) : state.error ? (
        <p className="alert" role="alert" style={{ margin: 0 }}>
          {state.error}
        </p>
      ) : detail ? (
        <>
          <p style={{ margin: 0, fontSize: "0.88rem" }} data-testid="relationship-dates">
            <strong>When:</strong> {when ?? <span className="muted">no date recorded</span>}
          </p>
          {detail.description ? <p style={{ margin: 0, fontSize: "0.9rem" }}>{detail.description}</p> : null}
          <div>
            <h3>Citations ({detail.citations.length})</h3>
            {detail.citations.length === 0 ? (
              <p className="muted" style={{ margin: 0 }}>
                No citation recorded: this link is not backed by a source yet.
              </p>
            ) : (
              <ul className="list-plain stack" style={{ gap: "0.6rem" }}>
                {detail.citations.map((c) => (
                  <li key={c.id}>
                    <CitationItem citation={c} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      ) : null}
      <button type="button" className="button button-small button-ghost" onClick={onClose}>
        Close relationship
      </button>
    </div>
  );
}
