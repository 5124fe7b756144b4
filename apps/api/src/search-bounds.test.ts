/**
 * One search cannot freeze the API: long texts full of the searched words answer at once, with
 * snippets made from a bounded amount of text, and a search past its time limit answers
 * QUERY_TIMEOUT rather than hanging or answering 500.
 */
import { bulkImport, makeSnippet, SNIPPET_BUDGET_CHARS, SNIPPET_SCAN_CHARS, SnippetBudget, snippetTerms } from "@casefile/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RANK_LIMIT, renderSnippet, SEARCH_WINDOW } from "./modules/search/service.js";
import { startTestServer, type TestServer } from "./test-support.js";

const prose = "The officers of the unit met at the building where the GRU kept the servers, and the plan was discussed. ";
const proseText = prose.repeat(Math.ceil(1_000_000 / prose.length));
const repetitiveText = "gru officers ".repeat(Math.ceil(1_000_000 / 13));

const SEARCH = `query($q: String!, $types: [SearchType!]) {
  search(query: $q, types: $types, first: 100) { totalCount edges { node { type score snippet node { id } } } }
}`;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: false });
  bulkImport(t.store, {
    sources: [
      { id: "src-prose", kind: "REPORT", title: "One megabyte of prose", text: proseText },
      { id: "src-repetitive", kind: "REPORT", title: "One megabyte of the same two words", text: repetitiveText },
    ],
  });
});
afterAll(() => t.close());

describe("search over 1 MB sources", () => {
  it("finds 'the' and 'gru officers' with short, highlighted snippets", async () => {
    for (const q of ["the", "gru officers"]) {
      const res = await t.gql<any>(SEARCH, { q, types: ["SOURCE"] });
      expect(res.status, q).toBe(200);
      expect(res.errors, q).toBeUndefined();
      const hits = res.data.search.edges.map((e: any) => e.node);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.snippet, q).toMatch(/<mark>/);
        expect(hit.snippet.length, q).toBeLessThan(1000);
      }
    }
  });

  it("answers /healthz while searches run", async () => {
    const searches = Array.from({ length: 4 }, () => t.gql<any>(SEARCH, { q: "gru officers" }));
    const health = await fetch(t.url.replace("/graphql", "/healthz"));
    expect(health.status).toBe(200);
    for (const res of await Promise.all(searches)) expect(res.errors).toBeUndefined();
  });

  it("answers QUERY_TIMEOUT, not 500, when a search runs past its time limit", async () => {
    const limited = await startTestServer({ seed: false, env: { CASEFILE_SEARCH_TIMEOUT_MS: "0" } });
    try {
      bulkImport(limited.store, { sources: [{ id: "src-prose", kind: "REPORT", title: "Prose", text: proseText }] });
      const res = await limited.gql<any>(SEARCH, { q: "the" });
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(res.errors?.[0]?.message).toMatch(/longer than 0 ms.*more specific words/);
      expect((await fetch(limited.url.replace("/graphql", "/healthz"))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("a word in more records than are ranked", () => {
  it("ranks the RANK_LIMIT most recent matches, best first, and answers", async () => {
    const many = RANK_LIMIT + 500;
    bulkImport(t.store, {
      entities: Array.from({ length: many }, (_, i) => ({
        id: `zz-many-${i}`,
        kind: "ARTIFACT",
        name: `Many ${i}`,
        // The best (shortest) description is the newest; the oldest ones fall outside the ranking.
        description: i === many - 1 ? "quokka" : `quokka ${"long text ".repeat(1 + (i % 5))}`,
      })),
    });
    const res = await t.gql<any>(SEARCH, { q: "quokka", types: ["ENTITY"] });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.totalCount).toBe(SEARCH_WINDOW);
    const ids = res.data.search.edges.map((e: any) => Buffer.from(e.node.node.id, "base64").toString());
    expect(ids[0]).toBe(`Artifact:zz-many-${many - 1}`);
  });
});

describe("snippets", () => {
  it("read at most SNIPPET_SCAN_CHARS of a column and SNIPPET_BUDGET_CHARS in all", () => {
    const budget = new SnippetBudget();
    const terms = snippetTerms("gru officers", false);
    const snippet = renderSnippet(makeSnippet(["title", repetitiveText], terms, 24, budget));
    expect(snippet).toMatch(/^…?<mark>gru<\/mark> <mark>officers<\/mark>/);
    expect(SNIPPET_BUDGET_CHARS - budget.left).toBe(5 + SNIPPET_SCAN_CHARS);
    for (let i = 0; i < 20; i++) makeSnippet([proseText], terms, 24, budget);
    // Once spent, each column is read only to its start.
    const before = budget.left;
    makeSnippet([proseText], terms, 24, budget);
    expect(before - budget.left).toBeLessThanOrEqual(2000);
  });

  it("mark whole words, folding case and diacritics, with the last word as a prefix for names", () => {
    const budget = new SnippetBudget();
    expect(renderSnippet(makeSnippet(["Zyzzyva Holdings"], snippetTerms("zyzzyva", true), 16, budget))).toBe(
      "<mark>Zyzzyva</mark> Holdings",
    );
    expect(renderSnippet(makeSnippet(["Guccifer 2.0"], snippetTerms("gucc", true), 16, budget))).toBe(
      "<mark>Guccifer</mark> 2.0",
    );
    expect(renderSnippet(makeSnippet(["Guccifer 2.0"], snippetTerms("gucc", false), 16, budget))).toBe("Guccifer 2.0");
    expect(renderSnippet(makeSnippet(["Café <b>Crème</b>"], snippetTerms("creme", false), 16, budget))).toBe(
      "Café &lt;b&gt;<mark>Crème</mark>&lt;/b&gt;",
    );
    expect(renderSnippet(makeSnippet(['["Fancy Bear","APT28"]'], snippetTerms("apt28", true), 16, budget))).toBe(
      "Fancy Bear, <mark>APT28</mark>",
    );
    const long = `${"word ".repeat(100)}needle ${"word ".repeat(100)}`;
    expect(renderSnippet(makeSnippet(["title", long], snippetTerms("needle", false), 8, budget))).toBe(
      "…word word word <mark>needle</mark> word word word word…",
    );
  });
});
