import type { Metadata } from "next";
import { GraphBenchmark } from "@/components/graph";

export const metadata: Metadata = { title: "Graph benchmark" };

const clamp = (value: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? Math.round(n) : fallback;
};

export default async function GraphBenchmarkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const nodes = clamp(query.nodes, 5000, 10, 100_000);
  const edges = clamp(query.edges, 20_000, 0, 400_000);
  const seconds = clamp(query.seconds, 5, 1, 60);
  const seed = clamp(query.seed, 42, 0, 2 ** 31);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Developers</p>
          <h1>Graph rendering benchmark</h1>
          <p>
            A synthetic network generated in the browser from a fixed seed, drawn with sigma.js (WebGL) while the camera zooms and
            rotates. The frame timing is measured from sigma&apos;s own render events. Change the size with{" "}
            <code>?nodes=&amp;edges=&amp;seconds=</code>.
          </p>
        </div>
      </div>
      <GraphBenchmark nodes={nodes} edges={edges} seconds={seconds} seed={seed} />
    </>
  );
}
