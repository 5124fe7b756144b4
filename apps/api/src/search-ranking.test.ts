/**
 * What search understands and explains: typos with "did you mean", phrases, stemming, events,
 * cross-field matches, what each result matched and where, what an annotation is about, and
 * facets with their filters. Over the seeded case.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SEARCH = `query($q: String!, $types: [SearchType!], $statuses: [String!], $dateFrom: String, $dateTo: String, $caseSlug: String) {
  search(query: $q, types: $types, statuses: $statuses, dateFrom: $dateFrom, dateTo: $dateTo, caseSlug: $caseSlug, first: 20) {
    totalCount didYouMean isCorrected
    facets { types { value count } cases { value count } statuses { value count } earliestDate latestDate }
    edges { node {
      type match matchedField snippet label status caseSlugs
      annotates { id ... on Source { title } }
      node { id ... on Event { title date } }
    } }
  }
}`;

interface Hit {
  type: string;
  match: string;
  matchedField: string;
  snippet: string;
  label: string;
  status: string | null;
  caseSlugs: string[];
  annotates: { id: string; title?: string } | null;
  node: { id: string; title?: string; date?: string };
}
interface Result {
  totalCount: number;
  didYouMean: string | null;
  isCorrected: boolean;
  facets: {
    types: { value: string; count: number }[];
    cases: { value: string; count: number }[];
    statuses: { value: string; count: number }[];
    earliestDate: string | null;
    latestDate: string | null;
  };
  edges: { node: Hit }[];
}

async function search(variables: Record<string, unknown>): Promise<Result> {
  const res = await t.gql<{ search: Result }>(SEARCH, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.search as Result;
}
const labels = (r: Result) => r.edges.map((e) => e.node.label);

describe("search ranking", () => {
  it("corrects a misspelt name and says so", async () => {
    const r = await search({ q: "Kozacheck" });
    expect(r.didYouMean).toBe("kozachek");
    expect(r.isCorrected).toBe(true);
    expect(r.edges[0]?.node.label).toBe("Nikolay Yuryevich Kozachek");
    const known = await search({ q: "Kozachek" });
    expect(known.didYouMean).toBeNull();
    expect(known.isCorrected).toBe(false);
  });

  it("finds a name with every word a prefix, in any order", async () => {
    const r = await search({ q: "state election board", types: ["ENTITY"] });
    expect(r.edges[0]?.node).toMatchObject({ label: "Illinois State Board of Elections", match: "NAME", matchedField: "name" });
    expect(r.edges[0]?.node.snippet).toBe("Illinois <mark>State</mark> <mark>Board</mark> of <mark>Elections</mark>");
  });

  it("ranks an exact name first, then aliases", async () => {
    const exact = await search({ q: "GRU", types: ["ENTITY"] });
    expect(exact.edges[0]?.node).toMatchObject({ label: "GRU", match: "EXACT_NAME" });
    const alias = await search({ q: "fancy bear", types: ["ENTITY"] });
    expect(alias.edges[0]?.node).toMatchObject({ label: "Unit 26165", match: "ALIAS", matchedField: "aliases" });
  });

  it("matches a record across its fields, stemmed, and marks the inflected words", async () => {
    const r = await search({ q: "Podesta spearphished" });
    expect(r.edges[0]?.node).toMatchObject({ label: "John Podesta", match: "TEXT", matchedField: "description" });
    expect(r.edges[0]?.node.snippet).toContain("<mark>spearphished</mark>");
    const stem = await search({ q: "spearphish", types: ["EVENT"] });
    expect(labels(stem)).toEqual(
      expect.arrayContaining([
        "Spearphishing of Clinton campaign accounts",
        "Spearphishing emails with malware sent to people administering elections",
      ]),
    );
  });

  it("matches words in double quotes as a phrase", async () => {
    expect(labels(await search({ q: '"lone Romanian hacker"', types: ["ENTITY"] }))).toContain("Guccifer 2.0");
    expect(labels(await search({ q: '"Romanian lone hacker"', types: ["ENTITY"] }))).not.toContain("Guccifer 2.0");
    expect(labels(await search({ q: "Romanian lone hacker", types: ["ENTITY"] }))).toContain("Guccifer 2.0");
  });

  it("finds events by title and sources by what people call them", async () => {
    const event = await search({ q: "Helsinki summit" });
    expect(event.edges[0]?.node).toMatchObject({
      type: "EVENT",
      label: "Trump-Putin summit in Helsinki",
      match: "NAME",
      matchedField: "title",
      caseSlugs: ["us-v-netyksho"],
    });
    const source = await search({ q: "Mueller report" });
    // "Report" is in the title, "Mueller" in the author.
    expect(source.edges[0]?.node).toMatchObject({ type: "SOURCE", match: "NAME", matchedField: "title" });
    expect(source.edges[0]?.node.snippet).toContain("<mark>Report</mark>");
    expect(source.edges[0]?.node.label).toMatch(/^Report on the Investigation/);
  });

  it("says what an annotation annotates", async () => {
    const r = await search({ q: "provenance", types: ["ANNOTATION"] });
    const hit = r.edges[0]?.node as Hit;
    expect(hit.label).toBe("Note on 12 Russian intelligence officers charged over alleged 2016 US election interference");
    expect(hit.annotates?.title).toBe("12 Russian intelligence officers charged over alleged 2016 US election interference");
    expect(hit.status).toBe("OPEN");
  });

  it("counts facets and filters by type, status and date", async () => {
    const all = await search({ q: "spearphishing" });
    const count = (list: { value: string; count: number }[], value: string) => list.find((v) => v.value === value)?.count ?? 0;
    expect(count(all.facets.types, "EVENT")).toBeGreaterThanOrEqual(2);
    expect(count(all.facets.cases, "us-v-netyksho")).toBeGreaterThan(0);
    expect(all.facets.earliestDate && all.facets.latestDate && all.facets.earliestDate <= all.facets.latestDate).toBe(true);
    const late = await search({ q: "spearphishing", types: ["EVENT"], dateFrom: "2016-06" });
    expect(late.edges.length).toBeGreaterThan(0);
    for (const e of late.edges) expect((e.node.node.date as string) >= "2016-06").toBe(true);
    expect(labels(late)).not.toContain("Spearphishing of Clinton campaign accounts");
    // Facets stay those of the whole search.
    expect(late.facets.types).toEqual(all.facets.types);
    const status = all.edges.find((e) => e.node.status)?.node.status as string;
    const byStatus = await search({ q: "spearphishing", statuses: [status] });
    for (const e of byStatus.edges) expect(e.node.status).toBe(status);
    expect(byStatus.totalCount).toBe(count(all.facets.statuses, status));
  });

  it("refuses a date that is not one, changing nothing", async () => {
    const res = await t.gql(SEARCH, { q: "gru", dateFrom: "last week" });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/dateFrom must be a date/);
  });
});
