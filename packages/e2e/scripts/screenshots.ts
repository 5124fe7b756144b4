/**
 * Screenshots of every dashboard page, light and dark, at 1280×800, into apps/web/screenshots/.
 * Runs against a dashboard that is already up: BASE_URL (default http://127.0.0.1:3000), signing
 * in as the demo viewer first; the editing pages as the demo editor and admin (the script writes: it creates
 * records, citations, annotations and a token). Usage: pnpm --filter @casefile/e2e screenshots [name-filter]
 * With SCREENSHOT_PHONE=1: a 390×844 touch screen instead, into `<name>-<theme>-phone.png`.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { adminEmail, chromiumArgs, editorEmail, requireChromium, viewerEmail, viewerPassword } from "../constants";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const outDir = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL("../../../apps/web/screenshots/", import.meta.url));
const only = process.argv[2];
const isPhone = process.env.SCREENSHOT_PHONE === "1";
const screen = isPhone
  ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
  : { viewport: { width: 1280, height: 800 } };
const suffix = isPhone ? "-phone" : "";

async function gql<T>(page: Page, query: string): Promise<T> {
  const response = await page.request.post(`${base}/graphql`, { data: { query } });
  return ((await response.json()) as { data: T }).data;
}

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
const context = await browser.newContext(screen);
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

const counts = await gql<{
  charges: { edges: Array<{ node: { id: string; countNumber: number; defendants: Array<{ defendant: { id: string } }> } }> };
}>(
  page,
  '{ charges(caseSlug: "us-v-netyksho", first: 20) { edges { node { id countNumber defendants { defendant { id } } } } } }',
);
const count2 = counts.charges.edges.map((e) => e.node).find((c) => c.countNumber === 2);
const count2Path = `/charges/${encodeURIComponent(count2?.id ?? "")}`;

type Shot = { name: string; path: string; prepare?: (page: Page) => Promise<void> };
const shots: Shot[] = [
  { name: "cases", path: "/" },
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
  { name: "charge-count-2", path: count2Path },
  {
    name: "charge-link",
    path: `${count2Path}/defendants/${encodeURIComponent(count2?.defendants[0]?.defendant.id ?? "")}`,
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
    await page.screenshot({ path: `${outDir}${shot.name}-${theme}${suffix}.png` });
    console.log(`${shot.name}-${theme}${suffix}.png`);
  }
}
await editingShots();
if (only === "benchmark" || !only) {
  await page.goto(`${base}/graph-benchmark`);
  await page.locator('[data-status="done"]').waitFor({ timeout: 120_000 });
  console.log("benchmark:", ((await page.getByTestId("bench-results").textContent()) ?? "").replaceAll("\n", " | "));
}
await browser.close();

/** The editor's pages and their states (errors, conflict, dialogs), signed in as the demo editor and admin. */
async function editingShots() {
  const editor = await browser.newContext(screen);
  const admin = await browser.newContext(screen);
  for (const [ctx, email] of [
    [editor, editorEmail],
    [admin, adminEmail],
  ] as const) {
    await ctx.request.post(`${base}/graphql`, {
      data: {
        query: "mutation($i: LoginInput!) { login(input: $i) { viewer { id } } }",
        variables: { i: { email, password: viewerPassword } },
      },
    });
  }
  const ed = await editor.newPage();
  const ad = await admin.newPage();
  const run = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await ed.request.post(`${base}/graphql`, { data: { query, variables } });
    const body = (await response.json()) as { data: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  };
  const stamp = Date.now().toString(36);
  const createPerson = async (name: string, extra: Record<string, unknown> = {}) =>
    (
      await run<{ createEntity: { entity: { id: string; version: number } } }>(
        "mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } } }",
        { input: { kind: "PERSON", name, ...extra } },
      )
    ).createEntity.entity;
  const unitId = unit.entities.edges[0]?.node.id ?? "";
  const person = await createPerson(`Pavel Demo-${stamp}`, { rank: "Captain", aliases: ["P. Demo"], birthDate: "1984-03" });
  const duplicate = await createPerson(`P. Demo-${stamp}`, {
    aliases: ["Pasha"],
    rank: "Lieutenant colonel",
    nationality: "Russian",
  });
  await run("mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }", {
    input: { subjectId: duplicate.id, predicate: "MEMBER_OF", objectId: unitId, startDate: "2016" },
  });
  await run("mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }", {
    input: { id: person.id, version: person.version, rank: "Major", position: "Officer", description: "Named in press reports." },
  });
  // An orphaned citation: cite a passage, then edit the source text so the passage is gone.
  const scratch = await run<{ createSource: { source: { id: string; version: number } } }>(
    "mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id version } } }",
    {
      input: {
        kind: "NEWS_ARTICLE",
        title: `Wire report ${stamp}`,
        publisher: "Example Wire",
        text: "Officials named a new suspect. The suspect reportedly served in Unit 26165 until 2017. Nothing more was said.",
      },
    },
  );
  await run("mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }", {
    input: {
      sourceId: scratch.createSource.source.id,
      targetId: person.id,
      field: "rank",
      quote: { exact: "The suspect reportedly served in Unit 26165 until 2017." },
    },
  });
  await run("mutation($input: UpdateSourceInput!) { updateSource(input: $input) { orphanedCount } }", {
    input: {
      id: scratch.createSource.source.id,
      version: scratch.createSource.source.version,
      text: "Officials named a new suspect. Nothing more was said.",
    },
  });
  const facts = await run<{ case: { charges: Array<{ id: string }>; events: { edges: Array<{ node: { id: string } }> } } }>(
    '{ case(slug: "us-v-netyksho") { charges { id } events(first: 20) { edges { node { id } } } } }',
  );
  const enc = encodeURIComponent;
  const sentence = "The dozen people charged worked for an intelligence agency within the Russian General Staff (GRU).";
  const selectPassage = async (page: Page, exact: string) => {
    await page.getByTestId("source-text").evaluate((element, quote) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      // No named helpers here: tsx would wrap them in a __name() call that does not exist in the page.
      const start = nodes
        .map((n) => n.data)
        .join("")
        .indexOf(quote);
      const end = start + quote.length;
      const range = document.createRange();
      let seen = 0;
      for (const n of nodes) {
        if (start >= seen && start <= seen + n.data.length) range.setStart(n, start - seen);
        if (end >= seen && end <= seen + n.data.length) {
          range.setEnd(n, end - seen);
          break;
        }
        seen += n.data.length;
      }
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, exact);
    await page.getByTestId("selection-bar").getByRole("button", { name: "Cite" }).waitFor();
  };

  type EditShot = { name: string; page: Page; path: string; prepare?: (p: Page) => Promise<void> };
  const editShots: EditShot[] = [
    { name: "edit-entity-new", page: ed, path: "/entities/new?kind=ORGANIZATION" },
    {
      name: "edit-entity-errors",
      page: ed,
      path: "/entities/new",
      prepare: async (p) => {
        await p.getByLabel("Date of birth").fill("1985-02-30");
        await p.getByLabel("Confidence (0–100)").fill("140");
        await p.getByRole("button", { name: "Create person" }).click();
        await p.getByTestId("form-errors").waitFor();
      },
    },
    { name: "edit-entity", page: ed, path: `/entities/${enc(person.id)}/edit` },
    {
      name: "edit-conflict",
      page: ed,
      path: `/entities/${enc(person.id)}/edit`,
      prepare: async (p) => {
        const now = await run<{ node: { version: number } }>("query($id: ID!) { node(id: $id) { ... on Entity { version } } }", {
          id: person.id,
        });
        await run("mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }", {
          input: { id: person.id, version: now.node.version, rank: now.node.version % 2 ? "Colonel" : "Colonel (acting)" },
        });
        await p.getByLabel("Rank").fill("Lieutenant colonel");
        await p.getByLabel("Nationality").fill("Russian");
        await p.getByRole("button", { name: "Save changes" }).click();
        await p.getByTestId("conflict-view").waitFor();
      },
    },
    { name: "entity-editor-view", page: ed, path: `/entities/${enc(person.id)}` },
    {
      name: "edit-relationship-picker",
      page: ed,
      path: `/relationships/new?subject=${enc(person.id)}`,
      prepare: async (p) => {
        await p.getByLabel("Relationship", { exact: true }).selectOption("MEMBER_OF");
        await p.getByRole("combobox", { name: "Object" }).fill("unit");
        await p.locator(".picker-option").first().waitFor();
      },
    },
    {
      name: "edit-event-new",
      page: ed,
      path: "/cases/us-v-netyksho/events/new",
      prepare: async (p) => {
        await p.getByRole("button", { name: "Add participant" }).click();
        await p.getByRole("button", { name: "Add participant" }).click();
      },
    },
    { name: "edit-event", page: ed, path: `/events/${enc(facts.case.events.edges[5]?.node.id ?? "")}/edit` },
    { name: "edit-charge", page: ed, path: `/charges/${enc(facts.case.charges[0]?.id ?? "")}/edit` },
    { name: "edit-case", page: ed, path: "/cases/us-v-netyksho/edit" },
    { name: "edit-source-new", page: ed, path: "/sources/new" },
    { name: "edit-source", page: ed, path: `/sources/${enc(article)}/edit` },
    {
      name: "reader-cite-dialog",
      page: ed,
      path: `/sources/${enc(article)}`,
      prepare: async (p) => {
        await selectPassage(p, sentence);
        await p.getByTestId("selection-bar").getByRole("button", { name: "Cite" }).click();
        const dialog = p.getByRole("dialog", { name: "Cite this passage" });
        await dialog.getByRole("combobox", { name: "Entity" }).fill(`Pavel Demo-${stamp}`);
        await dialog.locator(".picker-option").first().click();
      },
    },
    {
      name: "reader-selection",
      page: ed,
      path: `/sources/${enc(article)}`,
      prepare: async (p) => {
        await selectPassage(p, sentence);
      },
    },
    {
      name: "reader-annotate-dialog",
      page: ed,
      path: `/sources/${enc(article)}`,
      prepare: async (p) => {
        await selectPassage(p, "It comes as part of the ongoing investigation by special counsel Robert Mueller.");
        await p.getByTestId("selection-bar").getByRole("button", { name: "Annotate" }).click();
        await p
          .getByRole("textbox", { name: "Annotation" })
          .fill("Is **Mueller's** office the source? <img src=x onerror=alert(1)>");
        await p.getByLabel("Tags").fill("verify, sources");
      },
    },
    {
      name: "entity-annotation-thread",
      page: ed,
      path: `/entities/${enc(person.id)}`,
      prepare: async (p) => {
        await p.getByText("Add an annotation").click();
        await p.getByRole("textbox", { name: "Annotation" }).fill("Rank differs between sources: <b>check</b> the _indictment_.");
        await p.getByLabel("Tags").fill("verify");
        await p.getByRole("button", { name: "Add annotation" }).click();
        const thread = p.getByTestId("annotation-thread").first();
        await thread.waitFor();
        await thread.getByRole("button", { name: "Reply", exact: true }).click();
        await thread.getByRole("textbox", { name: "Your reply" }).fill("The indictment gives no rank.");
        await thread.getByRole("button", { name: "Post reply" }).click();
        await thread.getByTestId("annotation-reply").waitFor();
        await thread.scrollIntoViewIfNeeded();
      },
    },
    { name: "merge-preview", page: ed, path: `/entities/${enc(person.id)}/merge?with=${enc(duplicate.id)}` },
    { name: "history", page: ed, path: `/history/${enc(person.id)}` },
    { name: "mentions-review", page: ed, path: `/sources/${enc(article)}/mentions` },
    { name: "orphans", page: ed, path: "/orphans" },
    { name: "admin-users", page: ad, path: "/admin/users" },
    {
      name: "admin-tokens",
      page: ad,
      path: "/admin/tokens",
      prepare: async (p) => {
        await p.getByLabel("What it is for").fill("explainer graphic");
        await p.getByRole("button", { name: "Create token" }).click();
        await p.getByTestId("token-secret").waitFor();
      },
    },
    { name: "admin-activity", page: ad, path: "/admin/activity" },
  ];
  for (const theme of ["light", "dark"] as const) {
    for (const shot of editShots) {
      if (only && !shot.name.includes(only)) continue;
      await shot.page.emulateMedia({ colorScheme: theme });
      await shot.page.goto(`${base}${shot.path}`, { waitUntil: "networkidle" });
      await shot.prepare?.(shot.page);
      await shot.page.waitForTimeout(600);
      await shot.page.screenshot({ path: `${outDir}${shot.name}-${theme}${suffix}.png` });
      console.log(`${shot.name}-${theme}${suffix}.png`);
    }
  }
  await editor.close();
  await admin.close();
}
