/** The small IPC protocol the benchmark's server children speak (see api-server.ts). */
export interface ChildStats {
  statements: number;
  peakRss: number;
  rss: number;
}

export function serveIpc(counter: { statements: number }, port: number, about: Record<string, unknown> = {}) {
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (rss > peakRss) peakRss = rss;
  }, 50);
  sample.unref();
  process.on("message", (message: { type: string; id: number }) => {
    const rss = process.memoryUsage().rss;
    if (rss > peakRss) peakRss = rss;
    if (message.type === "stats") {
      process.send?.({
        type: "stats",
        id: message.id,
        stats: { statements: counter.statements, peakRss, rss } satisfies ChildStats,
      });
    } else if (message.type === "reset") {
      counter.statements = 0;
      process.send?.({ type: "reset", id: message.id });
    } else if (message.type === "exit") {
      process.exit(0);
    }
  });
  process.on("disconnect", () => process.exit(0));
  process.send?.({ type: "ready", port, about });
}
