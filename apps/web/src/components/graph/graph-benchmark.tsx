"use client";

import Graph from "graphology";
import { useCallback, useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { ENTITY_KINDS, KIND_COLORS } from "@/lib/enums";
import { readTokens } from "../use-theme";
import { seededRandom } from "./random";
import { GRAPH_SETTINGS } from "./settings";

/** The WebGL renderer's name (a GPU, or a software rasterizer such as SwiftShader). */
function webglRenderer(): string {
  try {
    const gl = document.createElement("canvas").getContext("webgl2") ?? document.createElement("canvas").getContext("webgl");
    if (!gl) return "no WebGL";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  } catch {
    return "unknown";
  }
}

export type BenchmarkResult = {
  nodes: number;
  edges: number;
  seconds: number;
  frames: number;
  meanFrameMs: number;
  p95FrameMs: number;
  meanRenderMs: number;
  fps: number;
  setupMs: number;
  renderer: string;
};

/**
 * A synthetic graph built from a seeded generator: nodes in clusters (so it looks like a real
 * network), edges mostly inside a cluster with some bridges between clusters.
 */
export function buildSyntheticGraph(nodeCount: number, edgeCount: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: "directed", multi: true });
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const centers = Array.from({ length: clusters }, () => ({ x: random() * 1000, y: random() * 1000 }));
  for (let i = 0; i < nodeCount; i += 1) {
    const cluster = i % clusters;
    const center = centers[cluster] ?? { x: 0, y: 0 };
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * 60;
    const kind = ENTITY_KINDS[Math.floor(random() * ENTITY_KINDS.length)] ?? "PERSON";
    graph.addNode(`n${i}`, {
      x: center.x + Math.cos(angle) * radius,
      y: center.y + Math.sin(angle) * radius,
      size: 1.5 + random() * 3,
      color: KIND_COLORS[kind],
      label: `Node ${i}`,
      cluster,
    });
  }
  for (let e = 0; e < edgeCount; e += 1) {
    const source = Math.floor(random() * nodeCount);
    let target: number;
    if (random() < 0.85) {
      // Same cluster: nodes i and j share a cluster when i ≡ j (mod clusters).
      const offset = Math.floor(random() * Math.floor(nodeCount / clusters)) * clusters;
      target = ((source % clusters) + offset) % nodeCount;
    } else target = Math.floor(random() * nodeCount);
    if (target === source) target = (target + clusters) % nodeCount;
    graph.addDirectedEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, { size: 0.6, color: "#94a3b880" });
  }
  return graph;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(index, 0)] ?? 0;
}

/**
 * Renders N nodes / M edges with sigma.js and animates the camera (zoom and rotate) for a fixed
 * time, recording every frame sigma renders: frames, mean and p95 frame interval, render cost.
 * Results are shown in the page and in data attributes so a test can read them.
 */
export function GraphBenchmark({ nodes, edges, seconds, seed }: { nodes: number; edges: number; seconds: number; seed: number }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"idle" | "building" | "running" | "done" | "error">("idle");
  const [result, setResult] = useState<BenchmarkResult | null>(null);
  const [message, setMessage] = useState("");
  const runRef = useRef(0);

  const run = useCallback(async () => {
    const container = containerRef.current;
    if (!container) return;
    const runId = ++runRef.current;
    setStatus("building");
    setResult(null);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const setupStart = performance.now();
    const graph = buildSyntheticGraph(nodes, edges, seed);
    let sigma: Sigma;
    try {
      const tokens = readTokens(["text"] as const);
      // The case graph's own settings: labels on the label grid, arrows, clickable lines.
      sigma = new Sigma(graph, container, {
        ...GRAPH_SETTINGS,
        hideEdgesOnMove: false,
        labelColor: { color: tokens.text || "#000" },
      });
    } catch (error) {
      setStatus("error");
      setMessage(`WebGL is not available: ${(error as Error).message}`);
      return;
    }
    // Warm-up: the first render compiles shaders and uploads buffers; it is setup, not a frame.
    sigma.refresh();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const setupMs = performance.now() - setupStart;
    setStatus("running");

    const frameTimes: number[] = [];
    const renderTimes: number[] = [];
    let lastFrame: number | null = null;
    let renderStart = 0;
    sigma.on("beforeRender", () => {
      renderStart = performance.now();
    });
    // WebGL calls return before the GPU has drawn anything; reading one pixel back waits for
    // the frame to be really finished, so the timings below are whole frames, not just JS.
    const contexts = Object.values(sigma.getCanvases())
      .map((canvas) => (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null)
      .filter((gl): gl is WebGLRenderingContext => gl !== null);
    const pixel = new Uint8Array(4);
    sigma.on("afterRender", () => {
      for (const gl of contexts) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      const now = performance.now();
      renderTimes.push(now - renderStart);
      if (lastFrame !== null) frameTimes.push(now - lastFrame);
      lastFrame = now;
    });

    const camera = sigma.getCamera();
    const durationMs = seconds * 1000;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        if (runId !== runRef.current) return resolve();
        const t = (now - start) / durationMs;
        if (t >= 1) return resolve();
        // A zoom in/out cycle with a slow rotation and drift: every frame changes the view.
        camera.setState({
          ratio: 0.35 + 0.65 * (0.5 + 0.5 * Math.cos(t * Math.PI * 4)),
          angle: t * Math.PI * 2,
          x: 0.5 + 0.15 * Math.sin(t * Math.PI * 2),
          y: 0.5 + 0.15 * Math.cos(t * Math.PI * 2),
        });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const elapsed = performance.now() - start;
    (window as unknown as { __benchmark?: unknown }).__benchmark = { frameTimes, renderTimes };
    sigma.kill();
    if (runId !== runRef.current) return;
    const sorted = [...frameTimes].sort((a, b) => a - b);
    const mean = frameTimes.reduce((s, v) => s + v, 0) / Math.max(frameTimes.length, 1);
    const round = (v: number) => Math.round(v * 100) / 100;
    setResult({
      nodes: graph.order,
      edges: graph.size,
      seconds: round(elapsed / 1000),
      frames: renderTimes.length,
      meanFrameMs: round(mean),
      p95FrameMs: round(percentile(sorted, 95)),
      meanRenderMs: round(renderTimes.reduce((s, v) => s + v, 0) / Math.max(renderTimes.length, 1)),
      fps: round(renderTimes.length / (elapsed / 1000)),
      setupMs: round(setupMs),
      renderer: webglRenderer(),
    });
    setStatus("done");
    // Leave the last frame visible: render the final graph statically.
    const still = new Sigma(graph, container, { renderLabels: false, defaultEdgeType: "line" });
    stillRef.current?.kill();
    stillRef.current = still;
  }, [nodes, edges, seconds, seed]);

  const stillRef = useRef<Sigma | null>(null);

  useEffect(() => {
    run();
    return () => {
      runRef.current += 1;
      stillRef.current?.kill();
    };
  }, [run]);

  return (
    <div className="stack">
      <div
        className="bench-results"
        data-testid="bench-results"
        data-status={status}
        data-frames={result?.frames}
        data-mean-ms={result?.meanFrameMs}
        data-p95-ms={result?.p95FrameMs}
        data-renderer={result?.renderer}
        aria-live="polite"
      >
        <Figure
          label="Frames rendered"
          value={result ? `${result.frames}` : "…"}
          detail={result ? `in ${result.seconds} s (${result.fps} fps)` : statusLabel(status)}
        />
        <Figure
          label="Mean frame time"
          value={result ? `${result.meanFrameMs} ms` : "…"}
          detail="interval between rendered frames"
        />
        <Figure
          label="p95 frame time"
          value={result ? `${result.p95FrameMs} ms` : "…"}
          detail="95% of frames took at most this long"
        />
        <Figure
          label="Mean render cost"
          value={result ? `${result.meanRenderMs} ms` : "…"}
          detail={result ? `setup ${result.setupMs} ms` : ""}
        />
      </div>
      {status === "error" ? (
        <p className="alert" role="alert">
          {message}
        </p>
      ) : null}
      <div className="rel-line">
        <button type="button" className="button" onClick={run} disabled={status === "running" || status === "building"}>
          {status === "running" ? "Measuring…" : "Run again"}
        </button>
        <span className="muted" style={{ fontSize: "0.85rem" }}>
          {nodes.toLocaleString("en-US")} nodes · {edges.toLocaleString("en-US")} edges · seed {seed} · {seconds} s of camera
          animation
          {result ? ` · WebGL renderer: ${result.renderer}` : ""}
        </span>
      </div>
      <div
        className="graph-canvas"
        style={{ height: 520 }}
        role="img"
        aria-label={`Synthetic benchmark graph of ${nodes} nodes and ${edges} edges`}
      >
        <div ref={containerRef} className="sigma-container" />
      </div>
    </div>
  );
}

function statusLabel(status: string): string {
  return status === "building"
    ? "building graph…"
    : status === "running"
      ? "animating camera…"
      : status === "error"
        ? "failed"
        : "";
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="figure">
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
      {detail ? (
        <span className="figure-label" style={{ fontSize: "0.75rem" }}>
          {detail}
        </span>
      ) : null}
    </div>
  );
}
