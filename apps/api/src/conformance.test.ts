import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: false });
});
afterAll(async () => {
  await t.close();
});

/**
 * SHOULD audits this server does not pass, with the reason (also listed in the README).
 * Keyed by the audit's id.
 */
const csrf = "CSRF prevention refuses GETs that a browser could send cross-site (no preflight-forcing header)";
const apolloStatus = "Apollo Server 5 chooses the status code of request errors itself";
export const knownShouldGaps: Record<string, string> = {
  "5A70": csrf,
  D6D5: csrf,
  "6A70": csrf,
  "572B": apolloStatus,
  FDE2: apolloStatus,
  "7B9B": apolloStatus,
};

describe("GraphQL over HTTP (graphql-http audit)", () => {
  it("passes every MUST audit", async () => {
    const failures: string[] = [];
    const shouldGaps: string[] = [];
    for (const audit of serverAudits({ url: t.url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === "ok") continue;
      const line = `${audit.id} ${audit.name}: ${result.reason}`;
      if (audit.name.startsWith("MUST")) failures.push(line);
      else shouldGaps.push(line);
    }
    expect(failures).toEqual([]);
    // Every SHOULD/MAY not passed is a known, documented gap (README, "GraphQL over HTTP").
    const unknown = shouldGaps.filter((line) => !(line.slice(0, 4) in knownShouldGaps));
    expect(unknown).toEqual([]);
  });
});
