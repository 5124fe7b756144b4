import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test-support.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

/** The exact answer: status, content type and body text. */
async function answer(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

const citation =
  "id field locator note isOrphaned quote { exact prefix suffix } position { start end } source { id title kind hasText }";

const ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!, $first: Int) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        kind name aliases description status confidence version createdAt updatedAt
        fieldStatuses { field status confidence }
        citations { ${citation} }
        annotations { id body tags status author { id name } replies { id body author { name } } }
        cases { id role case { id slug caption } citations { ${citation} } }
        charges { id status charge { id countNumber title case { id slug } } citations { ${citation} } }
        relationships(first: $first) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id predicate startDate subject { id name kind } object { id name kind } citations { ${citation} } } }
        }
        events(first: $first) { totalCount edges { cursor roles node { id title kind date datePrecision range { start end } case { id slug } place { id name } participants { role entity { id name } } } } }
      }
      ... on Person { rank position nationality birthDate }
      ... on Organization { organizationKind country parent { id name } children { id name } }
    }
  }
`;

describe("answers from compiled queries", () => {
  it("are exactly the answers graphql-js gave the same query the first time", async () => {
    const list = await t.gql<any>(`{ entities(first: 40) { edges { node { id } } } }`);
    const ids: string[] = list.data.entities.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(20);
    // The first request of a query runs on graphql-js, later ones on the compiled query.
    const first = await answer(ENTITY_PAGE, { id: ids[0], first: 5 });
    expect(JSON.parse(first.body).errors).toBeUndefined();
    expect(await answer(ENTITY_PAGE, { id: ids[0], first: 5 })).toEqual(first);

    // Every entity, answered by graphql-js (a query text seen once) and by the compiled query.
    for (const id of ids) {
      const once = await answer(`${ENTITY_PAGE}\n# ${id}`, { id, first: 5 });
      expect(await answer(ENTITY_PAGE, { id, first: 5 })).toEqual(once);
    }
  });

  it("keep graphql-js's errors: which are reported, where, and what is nulled", async () => {
    const list = await t.gql<any>(`{ entities(first: 3) { edges { node { id } } } }`);
    const id = list.data.entities.edges[0].node.id;
    const cases: [string, Record<string, unknown>][] = [
      // Two non-null fields failing under one entity: graphql-js reports only the first.
      [
        `query($id: ID!) { node(id: $id) { id ... on Entity { events(caseSlug: "nope") { totalCount } charges(caseSlug: "nope") { id } } } }`,
        { id },
      ],
      [`query($id: ID!) { node(id: $id) { id ... on Entity { name relationships(first: 500) { totalCount } } } }`, { id }],
      [
        `query($id: ID!) { a: node(id: $id) { id } b: nodes(ids: [$id, "x"]) { id } c: cases(first: 1, last: 1) { totalCount } }`,
        { id },
      ],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: { not: "an id" } }],
      [`query($id: ID!) { node(id: $id) { id } }`, {}],
      [`query($n: Int) { cases(first: $n) { totalCount } }`, { n: 2.5 }],
    ];
    for (const [query, variables] of cases) {
      const first = await answer(query, variables);
      expect(await answer(query, variables)).toEqual(first);
      expect(await answer(query, variables)).toEqual(first);
    }
  });
});
