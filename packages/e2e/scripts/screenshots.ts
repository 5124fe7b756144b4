/**
 * Screenshots of every dashboard page, light and dark, at 1280×800, into apps/web/screenshots/.
 * Runs against a dashboard that is already up: BASE_URL (default http://127.0.0.1:3000), signing
 * in as the demo viewer first. Usage: pnpm --filter @casefile/e2e screenshots [name-filter]
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath, viewerEmail, viewerPassword } from "../constants";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const outDir = fileURLToPath(new URL("../../../apps/web/screenshots/", import.meta.url));
const only = process.argv[2];

async function gql<T>(page: Page, query: string): Promise<T> {
  const response = await page.request.post(`${base}/graphql`, { data: { query } });
  return ((await response.json()) as { data: T }).data;
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.on("pageerror", (error) => console.log("page error:", error.message));
await page.goto(`${base}/sign-in`);
await page.getByLabel("Email").fill(viewerEmail);
await page.getByLabel("Password").fill(viewerPassword);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

const sources = await gql<{ sources: { edges: Array<{ node: { id: string; hasText: boolean } }> } }>(
  page,
  "{ sources(first: 20) { edges { node { id hasText } } } }",
);
const article = sources.sources.edges.find((e) => e.node.hasText)?.node.id ?? "";
const metadataOnly = sources.sources.edges.find((e) => !e.node.hasText)?.node.id ?? "";
const persona = await gql<{ entities: { edges: Array<{ node: { id: string } }> } }>(
  page,
  '{ entities(first: 1, filter: { text: "Guccifer" }) { edges { node { id } } } }',
);
const unit = await gql<{ entities: { edges: Array<{ node: { id: string } }> } }>(
  page,
  '{ entities(first: 1, filter: { text: "Unit 26165" }) { edges { node { id } } } }',
);
const cited = await gql<{ node: { citations: Array<{ id: string; position: { start: number } | null }> } }>(
  page,
  `{ node(id: "${article}") { ... on Source { citations { id position { start } } } } }`,
);
const deepCitation =
  cited.node.citations.filter((c) => c.position).sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0))[8]?.id ?? "";

type Shot = { name: string; path: string; prepare?: (page: Page) => Promise<void> };
const shots: Shot[] = [
  { name: "overview", path: "/cases/us-v-netyksho" },
  { name: "entities", path: "/entities" },
  { name: "entity-guccifer", path: `/entities/${encodeURIComponent(persona.entities.edges[0]?.node.id ?? "")}` },
  { name: "entity-unit-26165", path: `/entities/${encodeURIComponent(unit.entities.edges[0]?.node.id ?? "")}#relationships` },
  {
    name: "timeline",
    path: "/cases/us-v-netyksho/timeline",
    prepare: async (p) => p.getByTestId("event-list").locator("button").nth(6).click(),
  },
  {
    name: "graph",
    path: "/cases/us-v-netyksho/graph",
    prepare: async (p) => {
      await p.getByText("Entities in the graph, as a list").click();
      await p.getByRole("button", { name: "Unit 26165", exact: true }).click();
      await p.evaluate(() => window.scrollTo(0, 0));
    },
  },
  { name: "sources", path: "/sources" },
  { name: "source-reader", path: `/sources/${encodeURIComponent(article)}#c-${encodeURIComponent(deepCitation)}` },
  { name: "source-metadata-only", path: `/sources/${encodeURIComponent(metadataOnly)}` },
  { name: "search", path: "/search?q=Guccifer" },
  {
    name: "command-palette",
    path: "/cases/us-v-netyksho",
    prepare: async (p) => {
      await p.keyboard.press("Control+k");
      await p.getByRole("combobox").fill("apt28");
      await p.getByRole("option").first().waitFor();
    },
  },
  {
    name: "explorer",
    path: "/explorer",
    prepare: async (p) => {
      await p.locator(".graphiql-execute-button").click();
      await p.locator(".graphiql-response").getByText("Netyksho").first().waitFor();
    },
  },
  {
    name: "graph-benchmark",
    path: "/graph-benchmark",
    prepare: async (p) => {
      await p.locator('[data-status="done"]').waitFor({ timeout: 120_000 });
    },
  },
  { name: "sign-in", path: "/sign-in" },
];

mkdirSync(outDir, { recursive: true });
for (const theme of ["light", "dark"] as const) {
  await page.emulateMedia({ colorScheme: theme });
  for (const shot of shots) {
    if (only && !shot.name.includes(only)) continue;
    await page.goto(`${base}${shot.path}`, { waitUntil: "networkidle" });
    await shot.prepare?.(page);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${outDir}${shot.name}-${theme}.png` });
    console.log(`${shot.name}-${theme}.png`);
  }
}
if (only === "benchmark" || !only) {
  await page.goto(`${base}/graph-benchmark`);
  await page.locator('[data-status="done"]').waitFor({ timeout: 120_000 });
  console.log("benchmark:", ((await page.getByTestId("bench-results").textContent()) ?? "").replaceAll("\n", " | "));
}
await browser.close();
