/**
 * Figures for the dashboard's heaviest client pages, printed as JSON lines (nothing asserted):
 * the graph benchmark page at each size (sigma.js frame times while the camera moves, after the
 * ForceAtlas2 worker has laid it out), how long the case graph takes to settle, and how long the
 * API explorer takes until GraphiQL's editor is ready. Runs against a dashboard that is already up
 * (BASE_URL, default http://127.0.0.1:3000), signed in as the demo viewer.
 * Usage: pnpm --filter @casefile/e2e graph-bench [nodes:edges ...]   (default 500:1000 5000:20000)
 */
import { chromium } from "playwright-core";
import { chromiumArgs, requireChromium, viewerEmail, viewerPassword } from "../constants";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["500:1000", "5000:20000"]).map((s) => {
  const [nodes, edges] = s.split(":").map(Number);
  return { nodes: nodes ?? 500, edges: edges ?? 1000 };
});

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.goto(`${base}/sign-in`);
await page.getByLabel("Email").fill(viewerEmail);
await page.getByLabel("Password").fill(viewerPassword);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

for (const { nodes, edges } of sizes) {
  await page.goto(`${base}/graph-benchmark?nodes=${nodes}&edges=${edges}&seconds=5`);
  const results = page.getByTestId("bench-results");
  await results.and(page.locator("[data-frames]")).waitFor({ timeout: 120_000 });
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  const figures = (await page.evaluate(`(() => {
    const bench = window.__benchmark;
    const sorted = [...(bench ? bench.frameTimes : [])].sort((a, b) => a - b);
    const at = (q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
    const renders = bench ? bench.renderTimes : [];
    return {
      frames: sorted.length,
      frameP50Ms: at(0.5),
      frameP95Ms: at(0.95),
      renderMeanMs: renders.length ? renders.reduce((s, v) => s + v, 0) / renders.length : null,
    };
  })()`)) as Record<string, number | null>;
  console.log(JSON.stringify({ page: "graph-benchmark", nodes, edges, ...figures }));
}

const cases = await page.request.post(`${base}/graphql`, { data: { query: "{ cases(first: 1) { edges { node { slug } } } }" } });
const slug = ((await cases.json()) as { data: { cases: { edges: Array<{ node: { slug: string } }> } } }).data.cases.edges[0]?.node
  .slug;
if (slug) {
  const started = Date.now();
  await page.goto(`${base}/cases/${encodeURIComponent(slug)}/graph`);
  // The layout worker starts once the graph is drawn; before that the attribute already reads "settled".
  await page
    .locator('[data-layout="running"]')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.locator('[data-layout="settled"]').waitFor({ timeout: 60_000 });
  console.log(JSON.stringify({ page: "case graph", slug, settledMs: Date.now() - started }));
}

for (const run of ["cold", "warm"]) {
  const started = Date.now();
  await page.goto(`${base}/explorer`);
  await page.locator(".graphiql-container .graphiql-query-editor").first().waitFor({ timeout: 60_000 });
  console.log(JSON.stringify({ page: "explorer", run, readyMs: Date.now() - started }));
}
await browser.close();
