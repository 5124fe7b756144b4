import { exportBundle, loadBundle } from "@casefile/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

const DEFENDANTS = /* GraphQL */ `
  query {
    case(slug: "us-v-netyksho") {
      caption
      docketNumber
      roles(role: DEFENDANT) {
        totalCount
        edges { node { position entity { id name relationships(direction: OUTGOING, predicate: MEMBER_OF) { edges { node { object { name } } } } } } }
      }
    }
    caseStats(slug: "us-v-netyksho") { defendantCount chargeCount defendantsPerUnit { unit { name } count } }
  }
`;

describe("the seeded case", () => {
  it("has the 12 defendants in indictment order, each a member of Unit 26165 or Unit 74455", async () => {
    const res = await t.gql<any>(DEFENDANTS);
    expect(res.errors).toBeUndefined();
    const roles = res.data.case.roles;
    expect(roles.totalCount).toBe(12);
    expect(roles.edges.map((e: any) => e.node.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const units = Object.fromEntries(
      roles.edges.map((e: any) => [e.node.entity.name, e.node.entity.relationships.edges.map((r: any) => r.node.object.name)]),
    );
    expect(units["Viktor Borisovich Netyksho"]).toContain("Unit 26165");
    expect(units["Aleksandr Vladimirovich Osadchuk"]).toContain("Unit 74455");
    expect(units["Anatoliy Sergeyevich Kovalev"]).toContain("Unit 74455");
    for (const list of Object.values(units)) {
      expect((list as string[]).some((u) => u === "Unit 26165" || u === "Unit 74455")).toBe(true);
    }
    expect(res.data.caseStats.defendantCount).toBe(12);
    expect(res.data.caseStats.chargeCount).toBe(11);
    const perUnit = Object.fromEntries(res.data.caseStats.defendantsPerUnit.map((u: any) => [u.unit?.name, u.count]));
    expect(perUnit).toEqual({ "Unit 26165": 9, "Unit 74455": 3 });
  });

  it("charges count 11 against exactly Osadchuk and Kovalev, and counts 1-11 with statutes", async () => {
    const res = await t.gql<any>(
      `{ case(slug: "us-v-netyksho") { charges { countNumber statute status defendants { status defendant { name } } } } }`,
    );
    const charges = res.data.case.charges;
    expect(charges.map((c: any) => c.countNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const count11 = charges.find((c: any) => c.countNumber === 11);
    expect(count11.defendants.map((d: any) => d.defendant.name).sort()).toEqual([
      "Aleksandr Vladimirovich Osadchuk",
      "Anatoliy Sergeyevich Kovalev",
    ]);
    const count1 = charges.find((c: any) => c.countNumber === 1);
    expect(count1.defendants).toHaveLength(11);
    expect(count1.defendants.map((d: any) => d.defendant.name)).not.toContain("Anatoliy Sergeyevich Kovalev");
    expect(count1.statute).toContain("371");
    expect(charges.find((c: any) => c.countNumber === 10).statute).toContain("1956(h)");
    // Who is charged in counts 2-10 is not confirmed: those links must say so.
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const charge = charges.find((c: any) => c.countNumber === n);
      expect(charge.defendants.every((d: any) => d.status === "UNVERIFIED")).toBe(true);
    }
  });

  it("keeps month-precision dates as months and orders the timeline by date", async () => {
    const res = await t.gql<any>(
      `{ events(filter: { caseSlug: "us-v-netyksho" }, first: 100) { edges { node { title date datePrecision range { start end } } } } }`,
    );
    const events = res.data.events.edges.map((e: any) => e.node);
    const july = events.find(
      (e: any) => e.title.toLowerCase().includes("board of elections") || e.title.toLowerCase().includes("election board"),
    );
    expect(july.date).toBe("2016-07");
    expect(july.datePrecision).toBe("MONTH");
    expect(july.range).toEqual({ start: "2016-07-01", end: "2016-07-31" });
    for (const e of events) {
      expect(e.date.length).toBe(e.datePrecision === "DAY" ? 10 : e.datePrecision === "MONTH" ? 7 : 4);
    }
    const starts = events.map((e: any) => e.range.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it("finds events overlapping a month range, month-precision ones included", async () => {
    const res = await t.gql<any>(
      `{ events(filter: { caseSlug: "us-v-netyksho", from: "2016-07-15", to: "2016-07-31" }) { edges { node { date } } } }`,
    );
    const dates = res.data.events.edges.map((e: any) => e.node.date);
    expect(dates).toContain("2016-07");
    expect(dates).toContain("2016-07-22");
    expect(dates).not.toContain("2016-08");
  });

  it("cites every article fact to a quote that occurs verbatim in the stored article", () => {
    const rows = t.store.sqlite
      .prepare(
        `SELECT c.exact, c.start_offset AS start, c.end_offset AS end, s.text FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.exact IS NOT NULL`,
      )
      .all() as { exact: string; start: number; end: number; text: string }[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.text.includes(row.exact)).toBe(true);
      expect(row.text.slice(row.start, row.end)).toBe(row.exact);
    }
    // Sources without text are cited by locator only.
    const quotedWithoutText = t.store.sqlite
      .prepare(
        "SELECT count(*) FROM citations c JOIN sources s ON s.id = c.source_id WHERE s.text IS NULL AND (c.exact IS NOT NULL OR c.locator IS NULL)",
      )
      .pluck()
      .get();
    expect(quotedWithoutText).toBe(0);
  });

  it("cites every fact", () => {
    for (const [table, type] of [
      ["entities", "ENTITY"],
      ["case_roles", "CASE_ROLE"],
      ["relationships", "RELATIONSHIP"],
      ["events", "EVENT"],
      ["event_participants", "EVENT_PARTICIPANT"],
      ["charges", "CHARGE"],
      ["charge_defendants", "CHARGE_DEFENDANT"],
      ["cases", "CASE"],
    ]) {
      const uncited = t.store.sqlite
        .prepare(
          `SELECT id FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.target_type = ? AND c.target_id = t.id)`,
        )
        .pluck()
        .all(type);
      expect({ table, uncited }).toEqual({ table, uncited: [] });
    }
  });

  it("marks unverified facts with an open annotation asking an editor to verify", async () => {
    const res = await t.gql<any>(
      `{ annotations(filter: { caseSlug: "us-v-netyksho", status: OPEN, tag: "verify" }, first: 100) { totalCount edges { node { body target { id } } } } }`,
    );
    expect(res.data.annotations.totalCount).toBeGreaterThanOrEqual(10);
    const unverifiedCharges = t.store.sqlite
      .prepare(`SELECT DISTINCT charge_id FROM charge_defendants WHERE status = 'UNVERIFIED'`)
      .pluck()
      .all() as string[];
    for (const chargeId of unverifiedCharges) {
      const open = t.store.sqlite
        .prepare(`SELECT count(*) FROM annotations WHERE target_type = 'CHARGE' AND target_id = ? AND status = 'OPEN'`)
        .pluck()
        .get(chargeId);
      expect(open).toBeGreaterThan(0);
    }
  });

  it("filters threads by the kind of record they are about, across every page", async () => {
    const all = await t.gql<any>(`{ annotations(filter: { caseSlug: "us-v-netyksho" }, first: 100) { totalCount } }`);
    const byKind = t.store.sqlite
      .prepare(`SELECT target_type AS kind, count(*) AS n FROM annotations
         WHERE parent_id IS NULL AND case_id = (SELECT id FROM cases WHERE slug = 'us-v-netyksho') GROUP BY target_type`)
      .all() as { kind: string; n: number }[];
    for (const { kind, n } of byKind) {
      const res = await t.gql<any>(
        `{ annotations(filter: { caseSlug: "us-v-netyksho", targetTypes: [${kind}] }, first: 1) { totalCount edges { node { targetType } } } }`,
      );
      expect({ kind, total: res.data.annotations.totalCount }).toEqual({ kind, total: n });
      expect(res.data.annotations.edges.map((e: any) => e.node.targetType)).toEqual([kind]);
    }
    const two = await t.gql<any>(
      `{ annotations(filter: { caseSlug: "us-v-netyksho", targetTypes: [CHARGE, CHARGE_DEFENDANT] }, first: 1) { totalCount } }`,
    );
    const expected = byKind.filter((k) => k.kind === "CHARGE" || k.kind === "CHARGE_DEFENDANT").reduce((s, k) => s + k.n, 0);
    expect(two.data.annotations.totalCount).toBe(expected);
    expect(all.data.annotations.totalCount).toBe(byKind.reduce((s, k) => s + k.n, 0));
  });
});

describe("search", () => {
  it('finds the Guccifer 2.0 persona and the article passage for "Guccifer"', async () => {
    const res = await t.gql<any>(
      `{ search(query: "Guccifer") { totalCount edges { node { type snippet node { __typename ... on Entity { name } ... on Source { title } } } } } }`,
    );
    const hits = res.data.search.edges.map((e: any) => e.node);
    expect(hits[0].node.__typename).toBe("OnlinePersona");
    expect(hits[0].node.name).toBe("Guccifer 2.0");
    const article = hits.find((h: any) => h.type === "SOURCE");
    expect(article.snippet).toContain("<mark>Guccifer</mark>");
    expect(article.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it("matches the last word as a prefix, for type-ahead", async () => {
    const res = await t.gql<any>(
      `{ search(query: "netyk", types: [ENTITY]) { edges { node { node { ... on Entity { name } } } } } }`,
    );
    expect(res.data.search.edges[0].node.node.name).toBe("Viktor Borisovich Netyksho");
  });

  it("finds units by their industry names", async () => {
    const res = await t.gql<any>(
      `{ search(query: "Fancy Bear", types: [ENTITY]) { edges { node { node { ... on Entity { name } } } } } }`,
    );
    expect(res.data.search.edges[0].node.node.name).toBe("Unit 26165");
  });

  it.each([
    '"',
    '"unbalanced',
    "(((",
    "AND OR NOT",
    "*",
    "guc*",
    "NEAR(a b)",
    "name:Guccifer",
    "'; DROP TABLE entities; --",
    "^",
    "a\u0000b",
    "",
    "   ",
    "🙂",
  ])("never fails on user text %j", async (query) => {
    const res = await t.gql<any>(
      `query($q: String!) { search(query: $q) { totalCount } entities(filter: { text: $q }) { totalCount } }`,
      { q: query },
    );
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });
});

describe("Relay conventions", () => {
  it("walks entities page by page, forwards and backwards, returning each exactly once", async () => {
    const all = await t.gql<any>(`{ entities(first: 100) { totalCount } }`);
    const total = all.data.entities.totalCount;
    expect(total).toBeGreaterThan(30);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: any = await t.gql(
        `query($after: String) { entities(first: 7, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...res.data.entities.edges.map((e: any) => e.node.id));
      if (!res.data.entities.pageInfo.hasNextPage) break;
      after = res.data.entities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: any = await t.gql(
        `query($before: String) { entities(last: 7, before: $before) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`,
        { before },
      );
      backwards.unshift(...res.data.entities.edges.map((e: any) => e.node.id));
      if (!res.data.entities.pageInfo.hasPreviousPage) break;
      before = res.data.entities.pageInfo.startCursor;
    }
    expect(backwards).toEqual(seen);
  });

  it("filters entities by kind, case role and text", async () => {
    const res = await t.gql<any>(`{
      defendants: entities(filter: { caseSlug: "us-v-netyksho", roles: [DEFENDANT] }, first: 50) { totalCount }
      personas: entities(filter: { kinds: [ONLINE_PERSONA] }) { edges { node { name } } }
      text: entities(filter: { text: "sandworm" }) { edges { node { name } } }
    }`);
    expect(res.data.defendants.totalCount).toBe(12);
    expect(res.data.personas.edges.map((e: any) => e.node.name).sort()).toEqual(["DCLeaks", "Guccifer 2.0"]);
    expect(res.data.text.edges.map((e: any) => e.node.name)).toContain("Unit 74455");
  });

  it("resolves node and nodes by global ID, and null for unknown IDs", async () => {
    const list = await t.gql<any>(`{ entities(first: 3) { edges { node { id name } } } }`);
    const ids = list.data.entities.edges.map((e: any) => e.node.id);
    const res = await t.gql<any>(
      `query($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { id ... on Entity { name } } node(id: $id) { id } }`,
      {
        ids: [...ids, "bm9wZTpub3Bl"],
        id: ids[0],
      },
    );
    expect(res.data.nodes.slice(0, 3).map((n: any) => n.id)).toEqual(ids);
    expect(res.data.nodes[3]).toBeNull();
    expect(res.data.node.id).toBe(ids[0]);
  });

  it("refuses oversized pages and forged cursors with BAD_USER_INPUT", async () => {
    const big = await t.gql<any>(`{ entities(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(big.errors?.[0]?.message).toMatch(/at most 100/);
    const forged = await t.gql<any>(`{ entities(first: 5, after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badSlug = await t.gql<any>(`{ entities(filter: { caseSlug: "no-such-case" }) { totalCount } }`);
    expect(badSlug.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badDate = await t.gql<any>(`{ events(filter: { from: "2016-13" }) { totalCount } }`);
    expect(badDate.errors?.[0]?.message).toMatch(/month/);
  });
});

const ENTITY_PAGE = /* GraphQL */ `
  query($first: Int!) {
    entities(first: $first, filter: { caseSlug: "us-v-netyksho" }) {
      edges { node {
        id name aliases
        relationships { totalCount edges { node { predicate subject { name } object { name } citations { locator quote { exact } source { title } } } } }
        events { edges { roles node { title date participants { role entity { name } } } } }
        charges { status charge { countNumber } }
        cases { role case { slug } }
        citations { field locator quote { exact } source { title } }
        annotations { body author { name } replies { body } }
      } }
    }
  }
`;

describe("DataLoaders", () => {
  it("runs the same number of SQL statements whatever the list sizes and the amount of data", async () => {
    const small = await t.countStatements(() => t.gql(ENTITY_PAGE, { first: 3 }));
    const large = await t.countStatements(() => t.gql(ENTITY_PAGE, { first: 40 }));
    // A short page may skip levels its few entities have no data for; it never needs more.
    expect(small).toBeLessThanOrEqual(large);
    // One statement per loader per nesting level: about 20 for this query, not one per item.
    expect(large).toBeLessThanOrEqual(20);

    // Grow the data: 200 more entities tied to the case's defendants by relationships and citations.
    const extra = {
      format: "casefile-bundle",
      version: 1,
      entities: Array.from({ length: 200 }, (_, i) => ({
        id: `person-extra-${i}`,
        kind: "PERSON",
        name: `Extra Person ${i}`,
        roles: [{ case: "us-v-netyksho", role: "OTHER", description: "test data" }],
        citations: [{ source: "src-indictment", locator: `¶${i}` }],
      })),
      relationships: Array.from({ length: 200 }, (_, i) => ({
        id: `rel-extra-${i}`,
        subject: `person-extra-${i}`,
        predicate: "COMMUNICATED_WITH",
        object: "person-netyksho",
        citations: [{ source: "src-indictment", locator: `¶${i}` }],
      })),
    };
    loadBundle(t.store, extra);
    const grown = await t.countStatements(() => t.gql(ENTITY_PAGE, { first: 40 }));
    expect(grown).toBe(large);
  });
});

describe("case overview and graph", () => {
  it("gives figures, events per month and a graph whose edges join its nodes", async () => {
    const res = await t.gql<any>(`{
      caseStats(slug: "us-v-netyksho") { eventCount sourceCount citationCount eventsPerMonth { month count } countsPerDefendant { defendant { name } counts } }
      caseGraph(slug: "us-v-netyksho") { nodes { id kind label } edges { source target predicate } isTruncated }
    }`);
    const stats = res.data.caseStats;
    expect(stats.eventsPerMonth.find((m: any) => m.month === "2016-07").count).toBeGreaterThanOrEqual(2);
    const kovalev = stats.countsPerDefendant.find((d: any) => d.defendant.name === "Anatoliy Sergeyevich Kovalev");
    expect(kovalev.counts).toEqual([11]);
    const graph = res.data.caseGraph;
    const ids = new Set(graph.nodes.map((n: any) => n.id));
    expect(graph.nodes.length).toBeGreaterThan(30);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });
});

describe("export and re-import", () => {
  it("round-trips the case through an import bundle into an empty database with the same answers", async () => {
    const bundle = exportBundle(t.store, "us-v-netyksho");
    const copy = await startTestServer({ seed: false });
    try {
      loadBundle(copy.store, bundle);
      const query = `{ case(slug: "us-v-netyksho") { id caption charges { id countNumber defendants { id status defendant { id name } citations { locator quote { exact prefix suffix } } } } }
        caseStats(slug: "us-v-netyksho") { defendantCount chargeCount eventCount }
        search(query: "Guccifer") { totalCount } }`;
      const [a, b] = await Promise.all([t.gql(query), copy.gql(query)]);
      expect(b.data).toEqual(a.data);
    } finally {
      await copy.close();
    }
  });
});

describe("HTTP", () => {
  it("answers /healthz and refuses bodies that are not JSON", async () => {
    const base = t.url.replace(/\/graphql$/, "");
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toEqual({ status: "ok" });
    const bad = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(bad.status).toBe(400);
  });
});
