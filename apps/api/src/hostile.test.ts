/**
 * Hostile requests: every limit the README promises, and every request that once answered 500,
 * is refused with a 4xx status (or a GraphQL error whose code is a client error), never 5xx, and
 * before anything is executed.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryLimits } from "./lib/limits.js";
import { encodeCursor, MAX_PAGE_SIZE } from "./lib/pagination.js";
import { type EditingServer, startEditingServer } from "./test-accounts.js";
import { startTestServer } from "./test-support.js";

let t: EditingServer;
let viewerCookie: Record<string, string>;
let editorCookie: Record<string, string>;
beforeAll(async () => {
  t = await startEditingServer();
  viewerCookie = await t.signIn("viewer@casefile.local");
  editorCookie = await t.signIn("editor@casefile.local");
});
afterAll(async () => {
  await t.close();
});

interface Answer {
  status: number;
  json: any;
  text: string;
  headers: Headers;
}

async function post(body: string | Buffer, headers: Record<string, string> = {}, url = t.url): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, json, text, headers: response.headers };
}

const query = (q: string, variables?: unknown, headers: Record<string, string> = viewerCookie) =>
  post(JSON.stringify({ query: q, variables }), headers);

const codeOf = (answer: Answer) => answer.json?.errors?.[0]?.extensions?.code;

/** Refused as a client error: a 4xx status, a JSON body with the expected code, no stack trace. */
function expectRefused(answer: Answer, code: string, status?: number) {
  expect(answer.status, answer.text.slice(0, 500)).toBeGreaterThanOrEqual(400);
  expect(answer.status, answer.text.slice(0, 500)).toBeLessThan(500);
  if (status !== undefined) expect(answer.status).toBe(status);
  expect(codeOf(answer), answer.text.slice(0, 500)).toBe(code);
  expect(answer.json.data ?? null).toBeNull();
  expect(answer.text).not.toMatch(/stacktrace|\/work\/|node_modules|at .*\.[jt]s:\d+/);
}

/** Answered with HTTP 200 and a GraphQL error whose code is a client error (e.g. a bad argument). */
function expectInputError(answer: Answer, code = "BAD_USER_INPUT") {
  expect(answer.status, answer.text.slice(0, 500)).toBe(200);
  expect(codeOf(answer), answer.text.slice(0, 500)).toBe(code);
  expect(answer.text).not.toMatch(/stacktrace|\/work\/|node_modules|INTERNAL_SERVER_ERROR/);
}

describe("GraphQL documents", () => {
  it("answers a syntax error with 400 GRAPHQL_PARSE_FAILED", async () => {
    for (const bad of [
      "{",
      "}",
      "{ cases { ",
      "query {",
      "{ cases(first: ) { totalCount } }",
      '{ a(b: "unterminated) }',
      "\u0000",
    ]) {
      expectRefused(await query(bad), "GRAPHQL_PARSE_FAILED", 400);
    }
  });

  it("answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    expectRefused(await query("{ noSuchField }"), "GRAPHQL_VALIDATION_FAILED", 400);
  });

  it("refuses deep nesting", async () => {
    let selection = "name";
    for (let i = 0; i < queryLimits.maxDepth + 4; i++)
      selection = `relationships { edges { node { subject { ${selection} } } } }`;
    expectRefused(await query(`{ entities(first: 1) { edges { node { ${selection} } } } }`), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses deep nesting through fragments and inline fragments", async () => {
    let selection = "id";
    for (let i = 0; i < queryLimits.maxDepth + 2; i++)
      selection = `... on Entity { relationships { edges { node { subject { ${selection} } } } } }`;
    expectRefused(await query(`{ entities(first: 1) { edges { node { ${selection} } } } }`), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses deep introspection, but not GraphiQL's own introspection query", async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const ok = await query(full);
    expect(ok.status).toBe(200);
    expect(ok.json.data.__schema.types.length).toBeGreaterThan(10);
    let selection = "name";
    for (let i = 0; i < 40; i++) selection = `ofType { ${selection} }`;
    expectRefused(await query(`{ __schema { types { fields { type { ${selection} } } } } }`), "QUERY_TOO_COMPLEX", 400);
    expectRefused(await query(`{ __type(name: "Entity") { fields { type { ${selection} } } } }`), "QUERY_TOO_COMPLEX", 400);
    // Through fragments as well.
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on __Type { ofType { ${i < 29 ? `...F${i + 1}` : "name"} } }`,
    ).join("\n");
    expectRefused(await query(`{ __schema { queryType { ...F0 } } }\n${fragments}`), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses alias floods", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: cases { totalCount }`).join(" ");
    expectRefused(await query(`{ ${aliases} }`), "QUERY_TOO_COMPLEX", 400);
    const typenames = Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(" ");
    expectRefused(await query(`{ ${typenames} }`), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses directive floods", async () => {
    const directives = Array.from({ length: 100 }, () => "__typename @include(if: true)").join(" ");
    expectRefused(await query(`{ ${directives} }`), "QUERY_TOO_COMPLEX", 400);
    expectRefused(await query(`{ __typename ${"@skip(if: false) ".repeat(500)}}`), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses token floods before parsing them all", async () => {
    const fields = Array.from({ length: queryLimits.maxTokens + 500 }, () => "__typename").join(" ");
    expectRefused(await query(`{ ${fields} }`), "QUERY_TOO_COMPLEX", 400);
    // Deeply nested list values: a token flood the parser would otherwise recurse through.
    expectRefused(
      await query(`{ cases(first: ${"[".repeat(100_000)}1${"]".repeat(100_000)}) { totalCount } }`),
      "QUERY_TOO_COMPLEX",
      400,
    );
    expectRefused(await query(`{ ${"{".repeat(100_000)} }`), "QUERY_TOO_COMPLEX", 400);
    expectRefused(await query(`{ ${"(".repeat(3_000)} }`), "QUERY_TOO_COMPLEX", 400);
    // Brackets inside strings and comments are text, not nesting.
    const text = await query(`# ${"{".repeat(500)}\n{ search(query: "${"[".repeat(500)}") { totalCount } }`);
    expect(text.status).toBe(200);
    expect(text.json.errors).toBeUndefined();
  });

  it("refuses costly queries", async () => {
    // Wide and nested enough to cost more than the limit, within depth and alias limits.
    const entity = "id name kind status description aliases createdAt updatedAt";
    const level = (inner: string) =>
      `relationships(first: 100) { edges { node { id kind subject { ${entity} ${inner} } object { ${entity} ${inner} } } } }`;
    const q = `{ entities(first: 100) { edges { node { ${entity} ${level(level(level(""))).slice(0)} } } } }`;
    expectRefused(await query(q), "QUERY_TOO_COMPLEX", 400);
  });

  it("refuses fragment cycles", async () => {
    expectRefused(
      await query("{ cases { ...A } } fragment A on CaseConnection { ...B } fragment B on CaseConnection { ...A }"),
      "GRAPHQL_VALIDATION_FAILED",
      400,
    );
  });
});

describe("HTTP requests", () => {
  it("refuses batched requests", async () => {
    const answer = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]), viewerCookie);
    expect(answer.status).toBe(400);
  });

  it("refuses a body over the size limit with 413", async () => {
    const answer = await post(Buffer.alloc(2 * 1024 * 1024, "a"), viewerCookie);
    expectRefused(answer, "BAD_REQUEST", 413);
  });

  it("refuses invalid JSON, invalid UTF-8 and deeply nested JSON with 400", async () => {
    expectRefused(await post('{"query": ', viewerCookie), "BAD_REQUEST", 400);
    const invalidUtf8 = Buffer.concat([
      Buffer.from('{"query":"{ __typename }", "x": "'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    expectRefused(await post(invalidUtf8, viewerCookie), "BAD_REQUEST", 400);
    // Deeply nested variables: parsed without recursion trouble, refused by variable coercion.
    const deep = `{"query":"query($x: [String]) { __typename }","variables":{"x":${"[".repeat(200_000)}${"]".repeat(200_000)}}}`;
    const answer = await post(deep, viewerCookie);
    expect([200, 400]).toContain(answer.status);
    expect(answer.text).not.toMatch(/INTERNAL_SERVER_ERROR/);
  });

  it("answers a malformed session cookie with 400, not 500", async () => {
    for (const cookie of ["casefile_session=%E0%A4%A", "casefile_session=%", "casefile_session=%ZZ; other=1"]) {
      const answer = await query("{ __typename }", undefined, { cookie });
      expect(answer.status, cookie).toBeGreaterThanOrEqual(400);
      expect(answer.status, cookie).toBeLessThan(500);
      expect(["BAD_REQUEST", "UNAUTHENTICATED"]).toContain(codeOf(answer));
    }
  });
});

describe("arguments", () => {
  it("refuses pages larger than the maximum", async () => {
    expectInputError(await query(`{ entities(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`));
    expectInputError(await query(`{ search(query: "gru", first: 101) { totalCount } }`));
  });

  it("refuses forged search cursors", async () => {
    for (const cursor of [
      encodeCursor({ o: 9e15 }),
      encodeCursor({ o: 2 ** 31 }),
      encodeCursor({ o: -1 }),
      "not a cursor",
      encodeCursor("x"),
    ]) {
      expectInputError(
        await query(`query($after: String) { search(query: "gru", after: $after) { totalCount edges { cursor } } }`, {
          after: cursor,
        }),
      );
    }
  });

  it("refuses pathologically nested HTML and Markdown as bad input", async () => {
    const create = `mutation($input: CreateSourceFromTextInput!) { createSourceFromText(input: $input) { source { id } } }`;
    const nestedHtml = `<html><body>${"<div>".repeat(150_000)}x</body></html>`;
    const nestedQuotes = `${"> ".repeat(200_000)}x`;
    for (const [format, content] of [
      ["HTML", nestedHtml],
      ["MARKDOWN", nestedQuotes],
      ["AUTO", nestedHtml],
      ["AUTO", nestedQuotes],
    ] as const) {
      const answer = await query(create, { input: { kind: "REPORT", title: "Nested", format, content } }, editorCookie);
      expectInputError(answer);
      expect(answer.json.errors[0].message).toMatch(/nest/i);
    }
  });
});

describe("errors never carry stack traces unless enabled", () => {
  it("sends no stack trace when NODE_ENV is unset (development) and CASEFILE_EXPOSE_STACK_TRACES is unset", async () => {
    const s = await startTestServer({ seed: false, env: { NODE_ENV: "development" } });
    try {
      const answer = await post(JSON.stringify({ query: "{" }), {}, s.url);
      expectRefused(answer, "GRAPHQL_PARSE_FAILED", 400);
      expect(answer.json.errors[0].extensions.stacktrace).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it("sends stack traces only with CASEFILE_EXPOSE_STACK_TRACES=true", async () => {
    const s = await startTestServer({ seed: false, env: { CASEFILE_EXPOSE_STACK_TRACES: "true" } });
    try {
      const answer = await post(JSON.stringify({ query: "{" }), {}, s.url);
      expect(answer.status).toBe(400);
      expect(answer.json.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
    } finally {
      await s.close();
    }
  });
});

describe("introspection", () => {
  const INTROSPECT = "{ __schema { queryType { name } } }";

  it("is closed to anonymous clients in production unless CASEFILE_INTROSPECTION is set", async () => {
    const s = await startTestServer({
      seed: false,
      env: {
        NODE_ENV: "production",
        CASEFILE_ADMIN_EMAIL: "admin@example.org",
        CASEFILE_ADMIN_PASSWORD: "a-long-unusual-passphrase-7",
      },
    });
    try {
      const anonymous = await post(JSON.stringify({ query: INTROSPECT }), {}, s.url);
      expectRefused(anonymous, "UNAUTHENTICATED", 401);
      expect(anonymous.json.errors[0].message).toMatch(/CASEFILE_INTROSPECTION/);
      const typename = await post(JSON.stringify({ query: "{ __typename }" }), {}, s.url);
      expect(typename.status).toBe(200);
      // A signed-in user keeps it (the dashboard's explorer).
      const login = await post(
        JSON.stringify({
          query: "mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }",
          variables: { input: { email: "admin@example.org", password: "a-long-unusual-passphrase-7" } },
        }),
        {},
        s.url,
      );
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
      expect(cookie).toMatch(/^casefile_session=/);
      const signedIn = await post(JSON.stringify({ query: INTROSPECT }), { cookie }, s.url);
      expect(signedIn.status).toBe(200);
      expect(signedIn.json.data.__schema.queryType.name).toBe("Query");
    } finally {
      await s.close();
    }
    const open = await startTestServer({
      seed: false,
      env: {
        NODE_ENV: "production",
        CASEFILE_INTROSPECTION: "true",
        CASEFILE_ADMIN_EMAIL: "admin@example.org",
        CASEFILE_ADMIN_PASSWORD: "a-long-unusual-passphrase-7",
      },
    });
    try {
      const anonymous = await post(JSON.stringify({ query: INTROSPECT }), {}, open.url);
      expect(anonymous.json.data.__schema.queryType.name).toBe("Query");
    } finally {
      await open.close();
    }
  });

  it("stays open outside production, and CASEFILE_INTROSPECTION=false closes it for everyone", async () => {
    const anonymous = await post(JSON.stringify({ query: INTROSPECT }), {});
    expect(anonymous.json.data.__schema.queryType.name).toBe("Query");
    const s = await startTestServer({ seed: false, env: { CASEFILE_INTROSPECTION: "false" } });
    try {
      const closed = await post(JSON.stringify({ query: INTROSPECT }), {}, s.url);
      expect(closed.status).toBeGreaterThanOrEqual(400);
      expect(closed.status).toBeLessThan(500);
    } finally {
      await s.close();
    }
  });
});
