import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryLimits } from "./lib/limits.js";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

async function post(body: string | Buffer, headers: Record<string, string> = { "content-type": "application/json" }) {
  const response = await fetch(t.url, { method: "POST", headers, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, json, text, headers: response.headers };
}

const codeOf = (json: any) => json?.errors?.[0]?.extensions?.code;

describe("hostile queries are refused before they cost anything", () => {
  it("refuses deep nesting with QUERY_TOO_COMPLEX", async () => {
    let selection = "name";
    for (let i = 0; i < queryLimits.maxDepth + 4; i++)
      selection = `relationships { edges { node { subject { ${selection} } } } }`;
    const res = await post(JSON.stringify({ query: `{ entities(first: 1) { edges { node { ${selection} } } } }` }));
    expect(codeOf(res.json)).toBe("QUERY_TOO_COMPLEX");
    expect(res.json.errors[0].message).toMatch(/limit of \d+ exceeded/);
  });

  it("refuses alias floods", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: cases { totalCount }`).join(" ");
    const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(codeOf(res.json)).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses directive floods and token floods", async () => {
    const directives = Array.from({ length: 100 }, () => "__typename @include(if: true)").join(" ");
    const res = await post(JSON.stringify({ query: `{ ${directives} }` }));
    expect(codeOf(res.json)).toBe("QUERY_TOO_COMPLEX");
    const fields = Array.from({ length: queryLimits.maxTokens + 500 }, () => "__typename").join(" ");
    const tokens = await post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(codeOf(tokens.json)).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses fragment cycles as a validation error, not a crash", async () => {
    const res = await post(
      JSON.stringify({ query: "{ cases { ...A } } fragment A on CaseConnection { ...B } fragment B on CaseConnection { ...A }" }),
    );
    expect(res.status).toBe(400);
    expect(codeOf(res.json)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses batched arrays", async () => {
    const res = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(res.status).toBe(400);
  });

  it("refuses a 10 MB body without reading it all", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, "a");
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(res.json.errors[0].message).toMatch(/larger than/);
  });

  it("refuses invalid JSON and invalid UTF-8", async () => {
    expect((await post('{"query": ')).status).toBe(400);
    const invalidUtf8 = Buffer.concat([
      Buffer.from('{"query":"{ __typename }", "x": "'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const res = await post(invalidUtf8);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/UTF-8/);
  });

  it("refuses a simple-request POST (CSRF) and GET mutations", async () => {
    const plain = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    const get = await fetch(`${t.url}?query=${encodeURIComponent("mutation { logout }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect([400, 405]).toContain(get.status);
  });

  it("never answers 500 to SQL- or FTS-looking text in any text argument", async () => {
    const nasty = ["' OR 1=1 --", '"; DROP TABLE entities; --', "NEAR(x y) AND *", "(((", "\u0000", "%_%", "\\", "名字 \u202e"];
    for (const text of nasty) {
      const res = await t.gql<any>(
        `query($t: String!, $id: ID!) {
          search(query: $t) { totalCount }
          entities(filter: { text: $t }) { totalCount }
          case(slug: $t) { id }
          caseStats(slug: $t) { entityCount }
          caseGraph(slug: $t) { isTruncated }
          node(id: $id) { id }
          annotations(filter: { tag: $t }) { totalCount }
        }`,
        { t: text, id: text },
      );
      expect(res.status, text).toBe(200);
      expect(res.errors, text).toBeUndefined();
    }
  });

  it("masks internal errors and never sends stack traces outside development", async () => {
    const res = await post(JSON.stringify({ query: "{ entities(first: 1) { edges { node { id } } } }" }));
    expect(res.text).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe("security headers", () => {
  it("sends a request id on every response", async () => {
    const res = await post(JSON.stringify({ query: "{ __typename }" }));
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("rate limiting", () => {
  it("answers RATE_LIMITED with a retry hint once a client exceeds its budget", async () => {
    const limited = await startTestServer({ seed: false, env: { CASEFILE_RATE_LIMIT_PER_MINUTE: "5" } });
    try {
      const statuses: number[] = [];
      let last: any;
      for (let i = 0; i < 8; i++) {
        const response = await fetch(limited.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(response.status);
        last = { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(last.status).toBe(429);
      expect(Number(last.retryAfter)).toBeGreaterThan(0);
      expect(codeOf(last.body)).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });
});
