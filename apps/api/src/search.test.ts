/**
 * Search at scale: names rank before descriptions, nothing is listed twice, merged-away
 * duplicates and entities outside a case stay out, and a word matching more rows than the
 * window is ranked among its SEARCH_WINDOW best matches (by bm25, whatever their age), counted
 * up to there, and paged through without repeats.
 */
import { bulkImport } from "@casefile/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_WINDOW } from "./modules/search/service.js";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
const EXTRA = SEARCH_WINDOW + 200;

beforeAll(async () => {
  t = await startTestServer();
  // The oldest of all, with the best description match: ranking must not depend on age.
  bulkImport(t.store, { entities: [{ id: "zz-oldest", kind: "ARTIFACT", name: "Oldest artifact", description: "zyzzyva" }] });
  // More entities than the window, all described with the same rare word; the last ones have
  // the shortest descriptions (so the best bm25) and the highest rowids (so the most recent).
  const entities = Array.from({ length: EXTRA }, (_, i) => ({
    id: `zz-bulk-${String(i).padStart(5, "0")}`,
    kind: "ARTIFACT",
    name: `Bulk artifact ${i}`,
    description: i >= EXTRA - 5 ? "zyzzyva" : `zyzzyva ${"filler words that lengthen the text ".repeat(3)}${i}`,
  }));
  bulkImport(t.store, { entities }, { label: "search test" });
  // One entity named what many others are described as.
  bulkImport(t.store, { entities: [{ id: "zz-named", kind: "ORGANIZATION", name: "Zyzzyva Holdings" }] });
});
afterAll(() => t.close());

const SEARCH = `query($q: String!, $types: [SearchType!], $caseSlug: String, $after: String, $first: Int) {
  search(query: $q, types: $types, caseSlug: $caseSlug, after: $after, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { type score snippet node { id ... on Entity { name } } } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { type: string; score: number; snippet: string; node: { id: string; name?: string } } }[];
}

async function search(variables: Record<string, unknown>): Promise<Page> {
  const res = await t.gql<{ search: Page }>(SEARCH, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.search as Page;
}

describe("search at scale", () => {
  it("ranks a name match above any number of description matches", async () => {
    const page = await search({ q: "zyzzyva", types: ["ENTITY"] });
    expect(page.edges[0]?.node.node.name).toBe("Zyzzyva Holdings");
    expect(page.edges[0]?.node.snippet).toBe("<mark>Zyzzyva</mark> Holdings");
    // Then the shortest descriptions, the oldest record among them.
    expect(page.edges.slice(1, 7).map((e) => e.node.node.name)).toEqual(
      expect.arrayContaining(["Oldest artifact", ...[0, 1, 2, 3, 4].map((i) => `Bulk artifact ${EXTRA - 1 - i}`)]),
    );
    expect(page.edges[1]?.node.snippet).toBe("<mark>zyzzyva</mark>");
  });

  it("counts up to the window and pages through it without repeats", async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const page: Page = await search({ q: "zyzzyva", types: ["ENTITY"], first: 100, after });
      total = page.totalCount;
      for (const edge of page.edges) {
        const name = edge.node.node.name as string;
        expect(seen.has(name), `${name} listed twice`).toBe(false);
        seen.add(name);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 30);
    // The window of the best matches of the entity text index (which holds the name match too):
    // chosen by rank, not age, so the oldest record with the best match is in it.
    expect(total).toBe(SEARCH_WINDOW);
    expect(seen.size).toBe(SEARCH_WINDOW);
    expect(seen.has("Oldest artifact")).toBe(true);
  });

  it("matches descriptions by whole words and names by prefix", async () => {
    expect((await search({ q: "zyzz", types: ["ENTITY"] })).edges.map((e) => e.node.node.name)).toEqual(["Zyzzyva Holdings"]);
    expect((await search({ q: "filler", types: ["ENTITY"] })).totalCount).toBe(SEARCH_WINDOW);
  });

  it("leaves merged-away duplicates out", async () => {
    t.store.sqlite
      .prepare("UPDATE entities SET merged_into_id = 'zz-named' WHERE id = ?")
      .run(`zz-bulk-${String(EXTRA - 1).padStart(5, "0")}`);
    try {
      const page = await search({ q: "zyzzyva", types: ["ENTITY"], first: 10 });
      expect(page.edges.map((e) => e.node.node.name)).not.toContain(`Bulk artifact ${EXTRA - 1}`);
    } finally {
      t.store.sqlite.prepare("UPDATE entities SET merged_into_id = NULL WHERE id LIKE 'zz-bulk-%'").run();
    }
  });

  it("keeps to a case's entities when asked", async () => {
    const page = await search({ q: "unit", types: ["ENTITY"], caseSlug: "us-v-netyksho" });
    expect(page.edges.length).toBeGreaterThan(0);
    const all = await search({ q: "zyzzyva", types: ["ENTITY"], caseSlug: "us-v-netyksho" });
    expect(all.totalCount).toBe(0);
  });
});

describe("directory name filter", () => {
  const DIRECTORY = `query($text: String!, $after: String, $before: String, $first: Int, $last: Int, $direction: SortDirection) {
    entities(filter: { text: $text }, orderBy: { field: NAME, direction: $direction }, first: $first, last: $last, after: $after, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { name } }
    }
  }`;
  type DirectoryPage = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    edges: { node: { name: string } }[];
  };
  const directory = async (variables: Record<string, unknown>) => {
    const res = await t.gql<{ entities: DirectoryPage }>(DIRECTORY, variables);
    expect(res.errors).toBeUndefined();
    return res.data?.entities as DirectoryPage;
  };
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  // "bulk" matches most entities (the name index is walked); "holdings" matches one (sorted).
  it.each(["ASC", "DESC"])("walks a common name's matches in order, %s, both ways, each once", async (direction) => {
    const expected = Array.from({ length: EXTRA }, (_, i) => `Bulk artifact ${i}`).sort(byName);
    if (direction === "DESC") expected.reverse();
    const names: string[] = [];
    let after: string | undefined;
    let page: DirectoryPage;
    do {
      page = await directory({ text: "bulk", first: 100, after, direction });
      expect(page.totalCount).toBe(EXTRA);
      names.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(names).toEqual(expected);
    const back = await directory({ text: "bulk", last: 3, before: after, direction });
    expect(back.edges.map((e) => e.node.name)).toEqual(expected.slice(-4, -1));
  });

  it("counts a name's matches the same with and without other filters, merged-away duplicates left out", async () => {
    const id = "zz-bulk-00007";
    t.store.sqlite.prepare("UPDATE entities SET merged_into_id = 'zz-named' WHERE id = ?").run(id);
    try {
      const byName = await directory({ text: "bulk", first: 1 });
      const res = await t.gql<{ entities: { totalCount: number } }>(
        `{ entities(filter: { text: "bulk", kinds: [ARTIFACT] }, first: 1) { totalCount } }`,
      );
      expect(byName.totalCount).toBe(EXTRA - 1);
      expect(res.data?.entities.totalCount).toBe(EXTRA - 1);
    } finally {
      t.store.sqlite.prepare("UPDATE entities SET merged_into_id = NULL WHERE id = ?").run(id);
    }
  });

  it("matches descriptions too, as its label says (name, alias or description)", async () => {
    const page = await directory({ text: "filler", first: 5 });
    // Every bulk artifact but the five shortest is described with "filler"; none is named so.
    expect(page.totalCount).toBe(EXTRA - 5);
    expect(page.edges[0]?.node.name).toMatch(/^Bulk artifact/);
    const res = await t.gql<{ entities: { totalCount: number } }>(
      `{ entities(filter: { text: "filler", kinds: [ARTIFACT] }, first: 1) { totalCount } }`,
    );
    expect(res.data?.entities.totalCount).toBe(EXTRA - 5);
  });

  it("sorts a rare name's few matches", async () => {
    const page = await directory({ text: "holdings", first: 10 });
    expect(page.edges.map((e) => e.node.name)).toEqual(["Zyzzyva Holdings"]);
    expect(page.totalCount).toBe(1);
  });
});
