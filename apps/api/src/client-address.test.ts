/**
 * Behind the dashboard's /graphql proxy every request comes from 127.0.0.1: the API reads the
 * client's address from X-Forwarded-For, but only when the peer is a trusted proxy, so one client
 * exhausting its budget does not lock everyone else out, and no client can pick its own address
 * by sending the header directly.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { clientAddress } from "./lib/rate-limit.js";
import { startTestServer } from "./test-support.js";

const loopback = new Set(["127.0.0.1", "::1"]);

describe("clientAddress", () => {
  it("is the TCP peer unless the peer is a trusted proxy", () => {
    expect(clientAddress("198.51.100.9", "203.0.113.7", loopback)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.7", new Set())).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right, skipping trusted proxies", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", loopback)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", loopback)).toBe("203.0.113.7");
    // A client's own header lies left of what the proxies appended.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 203.0.113.7", loopback)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "203.0.113.7, 10.0.0.2", new Set([...loopback, "10.0.0.2"]))).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", ["203.0.113.7", "::1"], loopback)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "2001:DB8::1", loopback)).toBe("2001:db8::1");
  });

  it("stops at a malformed entry", () => {
    expect(clientAddress("127.0.0.1", "not-an-address", loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.7, junk", loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", loopback)).toBe("127.0.0.1");
  });

  it("validates CASEFILE_TRUSTED_PROXIES", () => {
    expect(loadConfig({}).CASEFILE_TRUSTED_PROXIES).toEqual(new Set(["127.0.0.1", "::1"]));
    expect(loadConfig({ CASEFILE_TRUSTED_PROXIES: "none" }).CASEFILE_TRUSTED_PROXIES).toEqual(new Set());
    expect(loadConfig({ CASEFILE_TRUSTED_PROXIES: "10.0.0.2, ::1" }).CASEFILE_TRUSTED_PROXIES).toEqual(
      new Set(["10.0.0.2", "::1"]),
    );
    expect(() => loadConfig({ CASEFILE_TRUSTED_PROXIES: "10.0.0.2,proxy.local" })).toThrow(
      /CASEFILE_TRUSTED_PROXIES.*"proxy.local"/,
    );
  });
});

describe("rate limiting behind the dashboard's proxy", () => {
  const callAs = (url: string, forwardedFor: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ query: "{ __typename }" }),
    });

  it("keeps one budget per forwarded client address", async () => {
    const t = await startTestServer({ seed: false, env: { CASEFILE_RATE_LIMIT_PER_MINUTE: "5" } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await callAs(t.url, "203.0.113.7")).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      // Another client behind the same proxy is not locked out.
      expect((await callAs(t.url, "203.0.113.8")).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("ignores X-Forwarded-For from peers that are not trusted proxies", async () => {
    const t = await startTestServer({
      seed: false,
      env: { CASEFILE_RATE_LIMIT_PER_MINUTE: "3", CASEFILE_TRUSTED_PROXIES: "none" },
    });
    try {
      const statuses: number[] = [];
      // Each request claims another address; all are counted against the peer.
      for (let i = 0; i < 4; i++) statuses.push((await callAs(t.url, `203.0.113.${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await t.close();
    }
  });
});
