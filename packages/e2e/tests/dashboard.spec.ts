import { expect, test } from "@playwright/test";
import { articleSource, CASE_SLUG, gql } from "./helpers";

test("the overview shows the case with 12 defendants and 11 counts", async ({ page }) => {
  // Home is the index of cases; the seeded case opens from it.
  await page.goto("/");
  await page.getByTestId("case-row").filter({ hasText: "Netyksho" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/cases/${CASE_SLUG}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Netyksho");
  await expect(page.getByTestId("figure-defendants")).toContainText("12");
  await expect(page.getByTestId("figure-counts")).toContainText("11");
  const matrix = page.getByTestId("defendant-matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(12);
  await expect(matrix.locator("thead th")).toHaveCount(12); // "Defendant" + counts 1..11
  // Count 1 is alleged against Netyksho; Kovalev is charged only in count 11.
  const netyksho = matrix.locator("tbody tr").first();
  await expect(netyksho.locator("th")).toContainText("Netyksho");
  await expect(netyksho.locator("td").first().locator(".matrix-cell")).toHaveClass(/status-alleged/);
  // The charts are drawn (ECharts renders SVG in the browser only).
  await expect(page.locator(".chart-box svg").first()).toBeVisible();
});

test("search finds Guccifer and opens the persona (command palette)", async ({ page }) => {
  await page.goto(`/cases/${CASE_SLUG}`);
  // The shortcut works once the page is hydrated; the charts are drawn by then.
  await expect(page.locator(".chart-box svg").first()).toBeVisible();
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: /search entities/i });
  await expect(input).toBeFocused();
  await input.fill("Guccifer");
  const option = page.getByRole("option", { name: /Guccifer 2\.0/ }).first();
  await expect(option).toBeVisible();
  await expect(option.locator("mark").first()).toHaveText(/Guccifer/i);
  await input.press("Enter");
  await expect(page).toHaveURL(/\/entities\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guccifer 2.0");
});

test("the search page groups results by type with highlighted snippets", async ({ page }) => {
  await page.goto("/search?q=Guccifer");
  await expect(page.getByRole("heading", { name: "Entities" })).toBeVisible();
  await expect(page.getByTestId("search-result").first().locator("mark").first()).toBeVisible();
  await page.getByRole("link", { name: "Guccifer 2.0", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guccifer 2.0");
});

test("an entity page shows a citation quoting the article, with a link to the passage", async ({ page, request }) => {
  const article = await articleSource(request);
  await page.goto("/search?q=Guccifer");
  await page.getByRole("link", { name: "Guccifer 2.0", exact: true }).click();
  const citation = page.locator("#citations").getByTestId("citation").filter({ hasText: article.title }).first();
  await expect(citation).toBeVisible();
  await expect(citation.locator("blockquote")).toContainText("Guccifer 2.0");
  // Every fact shows its status.
  await expect(page.locator(".entity-title .badge").first()).toBeVisible();
  await citation.getByRole("link", { name: article.title }).click();
  await expect(page).toHaveURL(/\/sources\/.+#c-/);
  await expect(page.locator("mark.hl-target").first()).toBeVisible();
});

test("the timeline lists the case's events in date order", async ({ page, request }) => {
  const data = await gql<{ events: { totalCount: number } }>(
    request,
    "query($s: String) { events(filter: { caseSlug: $s }) { totalCount } }",
    { s: CASE_SLUG },
  );
  await page.goto(`/cases/${CASE_SLUG}/timeline`);
  const rows = page.getByTestId("event-list").locator("li");
  await expect(rows).toHaveCount(data.events.totalCount);
  const dates = await rows.evaluateAll((items) => items.map((li) => li.getAttribute("data-date") ?? ""));
  expect(dates.length).toBeGreaterThan(5);
  expect(dates).toEqual([...dates].sort());
  // Month precision stays a month.
  await expect(rows.first()).toContainText("March 2016");
  // The chart draws every event, and clicking one in the list opens its detail.
  await expect(page.locator(".timeline-chart svg")).toBeVisible();
  await rows.nth(3).getByRole("button").click();
  await expect(page).toHaveURL(/event=/);
  await expect(
    page.getByRole("complementary", { name: "Event detail" }).getByRole("heading", { name: "Participants" }),
  ).toBeVisible();
});

test("the network graph renders the case's nodes with WebGL and opens a node", async ({ page, request }) => {
  const data = await gql<{ caseGraph: { nodes: unknown[]; edges: unknown[] } }>(
    request,
    "query($s: String!) { caseGraph(slug: $s, limit: 2000) { nodes { id } edges { id } } }",
    { s: CASE_SLUG },
  );
  await page.goto(`/cases/${CASE_SLUG}/graph`);
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-node-count", String(data.caseGraph.nodes.length));
  expect(data.caseGraph.nodes.length).toBeGreaterThan(10);
  // sigma draws into WebGL canvases.
  await expect(canvas.locator("canvas").first()).toBeVisible();
  const hasWebGL = await canvas
    .locator("canvas")
    .evaluateAll((els) =>
      els.some(
        (c) => (c as HTMLCanvasElement).getContext("webgl2") !== null || (c as HTMLCanvasElement).getContext("webgl") !== null,
      ),
    );
  expect(hasWebGL).toBe(true);
  await page.getByText("Entities in the graph, as a list").click();
  await page.getByRole("button", { name: "Unit 26165", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "Selected entity" });
  await expect(panel.getByRole("heading", { name: "Unit 26165" })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Open entity page" })).toHaveAttribute("href", /\/entities\//);
});

test("the source reader highlights a cited passage from a deep link", async ({ page, request }) => {
  const article = await articleSource(request);
  const data = await gql<{
    node: { text: string; citations: Array<{ id: string; position: { start: number; end: number } | null }> };
  }>(request, "query($id: ID!) { node(id: $id) { ... on Source { text citations { id position { start end } } } } }", {
    id: article.id,
  });
  const cited = data.node.citations.find((c) => c.position && c.position.end - c.position.start > 20);
  if (!cited?.position) throw new Error("no anchored citation in the article");
  const passage = data.node.text.slice(cited.position.start, cited.position.end);
  await page.goto(`/sources/${encodeURIComponent(article.id)}#c-${encodeURIComponent(cited.id)}`);
  const highlighted = page.locator("mark.hl-target");
  await expect(highlighted.first()).toBeVisible();
  const text = (await highlighted.allTextContents()).join("");
  expect(passage).toContain(text.trim().slice(0, 20));
  await expect(highlighted.first()).toBeInViewport();
  // ?at=start-end highlights any range.
  await page.goto(`/sources/${encodeURIComponent(article.id)}?at=0-12`);
  await expect(page.locator("mark.hl-target").first()).toBeVisible();
});

test("without a case, the API explorer's default query lists the cases (no case is built in)", async ({ page }) => {
  await page.context().clearCookies({ name: "casefile_case" });
  await page.goto("/explorer");
  await expect(page.locator(".graphiql-query-editor")).toContainText("cases(first: 20)", { timeout: 30_000 });
  await expect(page.locator(".graphiql-query-editor")).not.toContainText(CASE_SLUG);
});

test("the API explorer runs a query and shows the result", async ({ page }) => {
  // The first example, written for the current case (GraphiQL keeps the editor's text between visits).
  await page.goto(`/explorer?case=${CASE_SLUG}`);
  await expect(page.locator(".graphiql-container")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".graphiql-query-editor")).toContainText("CaseDefendants");
  // GraphiQL may still be loading the schema on the first click: retry until a result shows.
  await expect(async () => {
    await page.locator(".graphiql-execute-button").click();
    await expect(page.locator(".graphiql-response")).toContainText("Viktor Borisovich Netyksho", { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
});

test("the API explorer offers the case's example queries, and each one runs", async ({ page }) => {
  await page.goto("/explorer?case=us-v-netyksho");
  const examples = page.getByRole("navigation", { name: "Example queries" });
  await examples.getByRole("link", { name: "Counts and who is charged" }).click();
  await expect(page).toHaveURL(/example=counts/);
  await expect(page.locator(".graphiql-query-editor")).toContainText("CaseCounts");
  await expect(async () => {
    await page.locator(".graphiql-execute-button").click();
    await expect(page.locator(".graphiql-response")).toContainText("Conspiracy to commit an offense", { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await examples.getByRole("link", { name: "Open questions" }).click();
  await expect(page.locator(".graphiql-query-editor")).toContainText("OpenQuestions");
  await expect(async () => {
    await page.locator(".graphiql-execute-button").click();
    await expect(page.locator(".graphiql-response")).toContainText("totalCount", { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.locator(".graphiql-response")).not.toContainText('"errors"');
  // The query editor starts wider than the response.
  const editor = await page.locator(".graphiql-query-editor").boundingBox();
  const response = await page.locator(".graphiql-response").boundingBox();
  expect(editor?.width ?? 0).toBeGreaterThan(response?.width ?? 0);
});

test("the open questions figure opens the list of open threads, filtered by record kind and tag", async ({ page }) => {
  await page.goto("/cases/us-v-netyksho");
  const figure = page.getByTestId("figure-open-questions");
  const count = Number((await figure.locator(".figure-value").textContent())?.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await figure.getByRole("link").click();
  await expect(page).toHaveURL(/\/questions\?case=us-v-netyksho/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open questions");
  await expect(page.getByTestId("question").first()).toBeVisible();
  // Counts 2-10, whose defendants are unverified, each carry a "verify" thread.
  await page.getByLabel("About").selectOption("CHARGE");
  await page.getByLabel("Tag").fill("verify");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/kind=CHARGE&/);
  const questions = page.getByTestId("question");
  await expect(questions.first()).toBeVisible();
  for (const text of await questions.allTextContents()) {
    expect(text).toContain("#verify");
    expect(text).toMatch(/About count \d+: /);
  }
});

test("entity directory filters, paginates and exports the current filter", async ({ page, request }) => {
  await page.goto("/entities?role=DEFENDANT&size=5");
  await expect(page.getByTestId("entity-table").locator("tbody tr")).toHaveCount(5);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByTestId("entity-table").locator("tbody tr")).toHaveCount(5);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  const csv = await (await request.get("/entities/export?format=csv&role=DEFENDANT")).text();
  expect(csv.trim().split("\r\n")).toHaveLength(13); // header + 12 defendants
  const json = (await (await request.get("/entities/export?format=json&q=guccifer")).json()) as {
    entities: Array<{ name: string }>;
  };
  expect(json.entities.map((e) => e.name)).toContain("Guccifer 2.0");
});
