/**
 * Prints the heaviest functions of a V8 .cpuprofile, by self time and by inclusive time:
 * `tsx src/prof-summary.ts file.cpuprofile [n]`. Idle time is left out of the percentages.
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const count = Number(process.argv[3] ?? 30);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (n: Node) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-3).join("/")}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const n = byId.get(id) as Node;
  if (n.callFrame.functionName === "(idle)") return;
  busy += dt;
  self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = keyOf(byId.get(at) as Node);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
});
const print = (title: string, map: Map<string, number>) => {
  process.stdout.write(`${title} (busy ${(busy / 1000).toFixed(0)} ms)\n`);
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    process.stdout.write(`${((t / busy) * 100).toFixed(1).padStart(5)}%  ${key}\n`);
  }
};
print("self", self);
print("inclusive", inclusive);
