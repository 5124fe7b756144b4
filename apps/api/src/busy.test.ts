/**
 * Another connection holding the write lock (a CLI import) does not stall the API: health
 * checks and reads answer at once, a mutation that cannot get the lock in time answers the
 * retryable DATABASE_BUSY (HTTP 503, Retry-After), never an internal error, and one that gets
 * the lock while waiting succeeds.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let editor: Record<string, string>;
let lock: Database.Database;
beforeAll(async () => {
  t = await startEditingServer({ CASEFILE_WRITE_WAIT_MS: "300" });
  editor = await t.signIn("editor@casefile.local");
  lock = new Database(t.dbPath);
});
afterAll(async () => {
  if (lock.inTransaction) lock.exec("ROLLBACK");
  lock.close();
  await t.close();
});

const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id slug } } }`;

async function post(query: string, variables?: unknown, headers: Record<string, string> = editor) {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

describe("a write lock held by another connection", () => {
  it("leaves health checks and reads answering, and refuses writes with a retryable DATABASE_BUSY", async () => {
    lock.exec("BEGIN IMMEDIATE");
    try {
      const health = await fetch(t.url.replace("/graphql", "/healthz"));
      expect(health.status).toBe(200);
      const read = await post("{ cases { totalCount } entities(first: 5) { totalCount } }");
      expect(read.status).toBe(200);
      expect(read.json.errors).toBeUndefined();
      const write = await post(CREATE_CASE, { input: { slug: "busy-one", caption: "Busy", status: "INVESTIGATION" } });
      expect(write.status).toBe(503);
      expect(write.headers.get("retry-after")).toBe("1");
      expect(write.json.errors[0].extensions).toMatchObject({ code: "DATABASE_BUSY", retryable: true });
      expect(write.json.errors[0].message).toMatch(/Nothing was changed/);
    } finally {
      lock.exec("ROLLBACK");
    }
    const read = await post(`{ case(slug: "busy-one") { id } }`);
    expect(read.json.data.case).toBeNull();
  });

  it("lets a waiting write through once the lock is released", async () => {
    const slow = await startEditingServer({ CASEFILE_WRITE_WAIT_MS: "10000" });
    const other = new Database(slow.dbPath);
    try {
      const cookie = await slow.signIn("editor@casefile.local");
      other.exec("BEGIN IMMEDIATE");
      const pending = fetch(slow.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...cookie },
        body: JSON.stringify({
          query: CREATE_CASE,
          variables: { input: { slug: "after-wait", caption: "Waited", status: "INVESTIGATION" } },
        }),
      });
      let isSettled = false;
      void pending.finally(() => {
        isSettled = true;
      });
      // The server waits without blocking: it still answers while the write is pending.
      expect((await fetch(slow.url.replace("/graphql", "/healthz"))).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(slow.url.replace("/graphql", "/healthz"))).status).toBe(200);
      expect(isSettled).toBe(false);
      other.exec("COMMIT");
      const response = await pending;
      const body = (await response.json()) as any;
      expect(response.status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.createCase.case.slug).toBe("after-wait");
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
      await slow.close();
    }
  });
});
